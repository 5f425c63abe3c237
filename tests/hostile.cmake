# The hostile-input corpus (tests/hostile/hostile.py): one ctest test per kind of bad input, each
# generating its input at test time and running it through the built `chronicle ingest`.
# `ctest -L hostile` runs them all; docs/reliability.md lists the kinds and their messages.
find_package(Python3 COMPONENTS Interpreter REQUIRED)
set(hostile_script ${CMAKE_CURRENT_LIST_DIR}/hostile/hostile.py)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${hostile_script})
execute_process(COMMAND ${Python3_EXECUTABLE} ${hostile_script} --list
                OUTPUT_VARIABLE hostile_kinds RESULT_VARIABLE hostile_rc OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT hostile_rc EQUAL 0)
  message(FATAL_ERROR "tests/hostile/hostile.py --list failed")
endif()
string(REPLACE "\n" ";" hostile_kinds "${hostile_kinds}")
# The gigabyte-scale kinds (label `heavy`) took 9 to 29 s each under ASan on the shared 2-core
# machine, about two minutes in all (docs/reliability.md), so they run in every `make test`;
# -DCHRONICLE_SKIP_HEAVY_TESTS=ON leaves them out on a machine where that is too much.
option(CHRONICLE_SKIP_HEAVY_TESTS "Leave out the gigabyte-scale hostile inputs" OFF)
set(hostile_heavy huge_json_line whitespace_1gb html_attributes html_many_elements gzip_bomb gzip_warc_bomb)
if(CHRONICLE_SKIP_HEAVY_TESTS)
  list(REMOVE_ITEM hostile_kinds ${hostile_heavy})
endif()
foreach(kind IN LISTS hostile_kinds)
  add_test(NAME hostile_${kind}
           COMMAND ${Python3_EXECUTABLE} ${hostile_script} --chronicle $<TARGET_FILE:chronicle>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/hostile-work ${kind})
  set(labels hostile)
  if(kind IN_LIST hostile_heavy)
    list(APPEND labels heavy)
  endif()
  set_tests_properties(hostile_${kind} PROPERTIES LABELS "${labels}" TIMEOUT 900)
endforeach()
