set(STAGE_SOURCES output_format.cpp timeline_report.cpp)
