set(STAGE_SOURCES dispatcher.cpp command_list.cpp extract_command.cpp database_commands.cpp ingest_command.cpp timeline_command.cpp)
