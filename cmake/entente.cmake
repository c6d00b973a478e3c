# entente_stage(NAME DEPS...): a static library from every non-test .cc in
# the current folder, plus one GoogleTest binary from its *_test.cc files.
function(entente_stage name)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  set(tests ${sources})
  list(FILTER sources EXCLUDE REGEX "_test\\.cc$")
  list(FILTER tests INCLUDE REGEX "_test\\.cc$")
  if(sources)
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(${name} PUBLIC ${ARGN})
  else()  # a stage with headers only (or not written yet)
    add_library(${name} INTERFACE)
    target_include_directories(${name} INTERFACE ${CMAKE_SOURCE_DIR}/src)
    target_link_libraries(${name} INTERFACE ${ARGN})
  endif()
  if(tests)
    add_executable(${name}_test ${tests})
    target_link_libraries(${name}_test PRIVATE ${name} GTest::gtest_main GTest::gmock)
    gtest_discover_tests(${name}_test
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
      PROPERTIES ENVIRONMENT "ENTENTE_BIN=${CMAKE_BINARY_DIR}/entente"
      DISCOVERY_TIMEOUT 60)
  endif()
endfunction()
