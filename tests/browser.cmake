# Server and browser tests (issue 7).
#
# - server_tests (tests/server/*_test.cc) also compile the fixture-store loader they share with the
#   browser tests;
# - make_fixture_store writes tests/server/fixtures/*.jsonl into a store;
# - web_page builds the page into web/dist when a source changed (node web/build.mjs --if-stale);
# - the `browser` test drives Debian's Chromium with playwright-core (tests/browser/run.mjs)
#   against `chronicle serve` on 127.0.0.1 and keeps a screenshot of each page under
#   ${CMAKE_CURRENT_BINARY_DIR}/browser/.
set(CHRONICLE_FIXTURE_STORE_SRC ${CMAKE_CURRENT_SOURCE_DIR}/server/fixture_store.cc)
if(TARGET server_tests)
  target_sources(server_tests PRIVATE ${CHRONICLE_FIXTURE_STORE_SRC})
endif()

add_executable(make_fixture_store ${CMAKE_CURRENT_SOURCE_DIR}/browser/make_fixture_store.cc ${CHRONICLE_FIXTURE_STORE_SRC})
target_link_libraries(make_fixture_store PRIVATE chronicle_store)

find_program(CHRONICLE_NODE node)
find_program(CHRONICLE_CHROMIUM chromium PATHS /usr/bin NO_DEFAULT_PATH)
# On by default: `make test` installs Chromium first (scripts/setup.sh --browser). Turn off with
# -DCHRONICLE_BROWSER_TESTS=OFF on a machine that cannot have it.
option(CHRONICLE_BROWSER_TESTS "Run the headless-Chromium browser tests" ON)
if(CHRONICLE_BROWSER_TESTS AND CHRONICLE_NODE AND CHRONICLE_CHROMIUM AND EXISTS ${PROJECT_SOURCE_DIR}/node_modules/playwright-core)
  add_custom_target(web_page ALL
    COMMAND ${CHRONICLE_NODE} ${PROJECT_SOURCE_DIR}/web/build.mjs --if-stale
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "web page (web/dist)")
  add_test(NAME browser
    COMMAND ${CHRONICLE_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/browser/run.mjs
            --chronicle $<TARGET_FILE:chronicle>
            --make-store $<TARGET_FILE:make_fixture_store>
            --fixture ${CMAKE_CURRENT_SOURCE_DIR}/server/fixtures/articles.jsonl
            --web ${PROJECT_SOURCE_DIR}/web/dist
            --out ${CMAKE_CURRENT_BINARY_DIR}/browser)
  # Chromium runs several processes: ctest -j counts the test as two.
  set_tests_properties(browser PROPERTIES TIMEOUT 120 PROCESSORS 2)
elseif(CHRONICLE_BROWSER_TESTS)
  # A test that fails rather than one that silently is not there: missing tools are a set-up fault.
  set(why "node, chromium or node_modules/playwright-core missing: run bash scripts/setup.sh --browser, or configure with -DCHRONICLE_BROWSER_TESTS=OFF")
  message(WARNING "browser tests: ${why}")
  add_test(NAME browser COMMAND ${CMAKE_COMMAND} -E echo "browser tests: ${why}")
  set_tests_properties(browser PROPERTIES WILL_FAIL TRUE)
endif()
