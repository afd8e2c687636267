set(STAGE_SOURCES statement_dater.cpp time_expression_reader.cpp date_resolver.cpp)
