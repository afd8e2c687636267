set(STAGE_SOURCES dispatcher.cpp command_list.cpp extract_command.cpp)
