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
foreach(kind IN LISTS hostile_kinds)
  add_test(NAME hostile_${kind}
           COMMAND ${Python3_EXECUTABLE} ${hostile_script} --chronicle $<TARGET_FILE:chronicle>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/hostile-work ${kind})
  set_tests_properties(hostile_${kind} PROPERTIES LABELS hostile TIMEOUT 900)
endforeach()
