# embed_files(OUT VAR FILES...): writes a .cpp that defines
#   std::span<const onrecord::embedded_file> onrecord::VAR()
# holding each file's base name and bytes, so SQL and lexicons ship inside the binary.
function(embed_files out var)
  set(files ${ARGN})
  list(SORT files)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DVAR=${var} "-DFILES=${files}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_files_run.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/embed_files_run.cmake
    COMMENT "Embedding ${var}"
    VERBATIM)
endfunction()
