set(STAGE_SOURCES output_format.cpp table_writer.cpp timeline_report.cpp position_report.cpp record_reports.cpp document_report.cpp timeline_chart.cpp search_snippet.cpp)
