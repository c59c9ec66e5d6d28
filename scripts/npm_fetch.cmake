# npm_fetch(SPEC <name@version> SHA512 <hex> DIR <dir> FILES <file>... [WHAT <text>] [OPTIONAL] [RESULT <var>])
#
# Fetches a pinned npm package once, at configure time, with `npm pack` (no install
# scripts run), checks the tarball against the registry's integrity hash
# (`npm view <spec> dist.integrity`, the sha512 in hex) and extracts FILES (paths
# inside the package) into DIR. The last of FILES is moved into place last, so its
# presence marks a complete fetch and a later configure does not need the network.
# A tarball that does not match the hash always stops the configure. Without npm or
# the network the configure stops too, unless OPTIONAL: then it warns and sets
# RESULT to FALSE (a test that needs the package says so when it runs).
function(npm_fetch)
  cmake_parse_arguments(F "OPTIONAL" "SPEC;SHA512;DIR;WHAT;RESULT" "FILES" ${ARGN})
  list(GET F_FILES -1 last)
  if(F_RESULT)
    set(${F_RESULT} TRUE PARENT_SCOPE)
  endif()
  if(EXISTS ${F_DIR}/${last})
    return()
  endif()
  set(level FATAL_ERROR)
  if(F_OPTIONAL)
    set(level WARNING)
  endif()
  string(REPLACE ";" ", " file_list "${F_FILES}")
  set(by_hand "or put ${file_list} of ${F_SPEC} into ${F_DIR}/ and configure again.")
  find_program(NPM_EXECUTABLE npm)
  if(NOT NPM_EXECUTABLE)
    message(${level} "npm not found: it is needed once to fetch ${F_SPEC} (${F_WHAT}). "
      "Run scripts/setup.sh, ${by_hand}")
    set(${F_RESULT} FALSE PARENT_SCOPE)
    return()
  endif()
  string(REPLACE "@" "-" stem "${F_SPEC}")
  set(third_party ${CMAKE_BINARY_DIR}/third_party)
  set(fetch_dir ${third_party}/${stem}-fetch)
  set(tgz ${third_party}/${stem}.tgz)
  file(REMOVE_RECURSE ${fetch_dir})
  file(REMOVE ${tgz})
  file(MAKE_DIRECTORY ${fetch_dir})
  message(STATUS "Fetching ${F_SPEC} with npm")
  execute_process(COMMAND ${NPM_EXECUTABLE} pack ${F_SPEC} --ignore-scripts
    WORKING_DIRECTORY ${third_party}
    RESULT_VARIABLE npm_rc OUTPUT_QUIET ERROR_VARIABLE npm_err)
  if(NOT npm_rc EQUAL 0 OR NOT EXISTS ${tgz})
    message(${level} "`npm pack ${F_SPEC}` failed (no network?):\n${npm_err}\n"
      "Run it where the registry is reachable, ${by_hand}")
    set(${F_RESULT} FALSE PARENT_SCOPE)
    return()
  endif()
  file(SHA512 ${tgz} tgz_sha512)
  if(NOT tgz_sha512 STREQUAL F_SHA512)
    message(FATAL_ERROR "${tgz} does not match the pinned integrity hash of ${F_SPEC}.")
  endif()
  list(TRANSFORM F_FILES PREPEND package/ OUTPUT_VARIABLE members)
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar xzf ${tgz} ${members}
    WORKING_DIRECTORY ${fetch_dir} RESULT_VARIABLE tar_rc)
  if(NOT tar_rc EQUAL 0)
    message(FATAL_ERROR "Could not extract ${file_list} from ${tgz}.")
  endif()
  file(MAKE_DIRECTORY ${F_DIR})
  foreach(f ${F_FILES})  # in the given order: the last one marks a complete fetch
    file(RENAME ${fetch_dir}/package/${f} ${F_DIR}/${f})
  endforeach()
  file(REMOVE_RECURSE ${fetch_dir})
endfunction()
