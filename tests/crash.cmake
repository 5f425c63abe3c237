# Crash safety of `chronicle ingest` (tests/crash/crash.py): SIGKILL at random points over many
# runs then a re-run, and SIGINT mid-run. `ctest -L crash` runs both.
find_package(Python3 COMPONENTS Interpreter REQUIRED)
set(crash_script ${CMAKE_CURRENT_LIST_DIR}/crash/crash.py)
foreach(mode kill9 sigint)
  add_test(NAME crash_${mode}
           COMMAND ${Python3_EXECUTABLE} ${crash_script} --chronicle $<TARGET_FILE:chronicle>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/crash-work ${mode} --runs 5 --records 60 --pages 5)
  set_tests_properties(crash_${mode} PROPERTIES LABELS crash TIMEOUT 600)
endforeach()
