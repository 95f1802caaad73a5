# Compiler strictness for every target the project owns (not for Qt's headers,
# which come in as system includes through the imported targets).
function(guanxi_strict target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# One call registers a Catch2 test executable with ctest.
#   guanxi_add_test(NAME test-core SOURCES a.cpp b.cpp LIBS guanxi-core [GUI]
#                   [SERVER_TESTS "<catch test spec>"])
# SERVER_TESTS registers the test cases it selects a second time, named
# "pg: …", run against the throwaway PostgreSQL of the guanxi-pg fixture
# (tests/support/testserver.h).
function(guanxi_add_test)
  cmake_parse_arguments(T "GUI" "NAME;SERVER_TESTS" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  guanxi_strict(${T_NAME})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} Catch2::Catch2 Qt6::Test)
  target_compile_definitions(${T_NAME} PRIVATE
    GUANXI_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
  set(props ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
  # --warn NoTests: a ctest entry whose filter matches no test case fails
  # instead of passing with nothing run (a ";" in a name once split it in two).
  catch_discover_tests(${T_NAME} EXTRA_ARGS --warn NoTests PROPERTIES ${props})
  if(T_SERVER_TESTS)
    # The backend goes in as an argument (see tests/support/core_main.cpp), and
    # no property may hold a list: catch_discover_tests spreads a list into
    # separate words of set_tests_properties.
    catch_discover_tests(${T_NAME} TEST_PREFIX "pg: " TEST_SPEC "${T_SERVER_TESTS}"
      EXTRA_ARGS --warn NoTests --guanxi-pg-state ${GUANXI_PG_STATE}
      PROPERTIES ENVIRONMENT QT_QPA_PLATFORM=offscreen FIXTURES_REQUIRED guanxi-pg)
  endif()
endfunction()
