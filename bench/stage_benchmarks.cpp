// Google Benchmark micro-suite for the hot stages of the pipeline, each measured alone on the same
// generated corpus: reading JSON Lines, segmenting, the shared word tokens, scanning quotations,
// extracting and attributing statements, dating, classifying, the whole analyser, and the output contract's JSON. Each
// iteration processes the whole corpus, so bytes/s and items/s (articles) compare across stages.
// The corpus is the file named by ONRECORD_BENCH_CORPUS (environment), else the one built beside
// this binary (scripts/gen-corpus -n 500 --seed 7).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "classify/statement_classifier.h"
#include "classify/word_tokenizer.h"
#include "date/statement_dater.h"
#include "extract/quote_scanner.h"
#include "extract/statement_extractor.h"
#include "lexicon/lexicon_store.h"
#include "pipeline/article_analyser.h"
#include "pipeline/extract_json.h"
#include "read/article_reader.h"
#include "text/segmenter.h"

namespace {
using namespace onrecord;

// Everything a stage needs as input, computed once by the stages before it.
struct stage_inputs {
  std::string corpus_path;
  std::vector<std::string> lines;  // the JSON Lines as read
  std::vector<article> articles;
  std::vector<segmented_text> segments;
  std::vector<std::vector<statement>> statements;  // extracted, not yet dated or classified
  std::vector<analysed_article> analysed;
  std::size_t text_bytes = 0;
  std::size_t line_bytes = 0;
};

// No "today" check: the generated corpus is fixed and must read the same on any day.
reader_options fixed_reader_options() {
  reader_options o;
  o.today = std::nullopt;
  return o;
}

const lexicon_store& lexicons() {
  static const lexicon_store store;
  return store;
}

const stage_inputs& inputs() {
  static const stage_inputs in = [] {
    stage_inputs s;
    const char* env = std::getenv("ONRECORD_BENCH_CORPUS");
    s.corpus_path = env && *env ? env : ONRECORD_BENCH_CORPUS;
    std::ifstream f(s.corpus_path);
    if (!f) throw std::runtime_error("cannot read the benchmark corpus " + s.corpus_path);
    article_reader reader(
        fixed_reader_options(), [](article&&) {}, [](const input_error&) {});
    for (std::string line; std::getline(f, line);) {
      if (line.empty()) continue;
      auto a = reader.parse_json_line(line, s.corpus_path, s.lines.size() + 1);
      if (!a) continue;
      s.line_bytes += line.size() + 1;
      s.lines.push_back(std::move(line));
      s.text_bytes += a->text.size();
      s.articles.push_back(std::move(*a));
    }
    if (s.articles.empty()) throw std::runtime_error("no articles in " + s.corpus_path);
    const statement_extractor extractor(lexicons());
    const article_analyser analyser(lexicons());
    for (const auto& a : s.articles) {
      s.segments.push_back(segment_text(a.text));
      s.statements.push_back(extractor.extract(a, s.segments.back()));
      s.analysed.push_back(analyser.analyse(a));
    }
    return s;
  }();
  return in;
}

void count_corpus(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * inputs().articles.size()));
}

void read_json_lines(benchmark::State& state) {
  const auto& in = inputs();
  article_reader reader(
      fixed_reader_options(), [](article&&) {}, [](const input_error&) {});
  for (auto _ : state)
    for (std::size_t i = 0; i < in.lines.size(); ++i)
      benchmark::DoNotOptimize(reader.parse_json_line(in.lines[i], in.corpus_path, i + 1));
  count_corpus(state, in.line_bytes);
}
BENCHMARK(read_json_lines)->Unit(benchmark::kMillisecond);

void segment(benchmark::State& state) {
  const auto& in = inputs();
  for (auto _ : state)
    for (const auto& a : in.articles) benchmark::DoNotOptimize(segment_text(a.text));
  count_corpus(state, in.text_bytes);
}
BENCHMARK(segment)->Unit(benchmark::kMillisecond);

// the word tokens dating and classification share, made once an article (classify/word_tokenizer.h)
void word_tokens(benchmark::State& state) {
  const auto& in = inputs();
  for (auto _ : state)
    for (const auto& a : in.articles) {
      const word_tokenizer words(a.text);
      benchmark::DoNotOptimize(words.text().data());
    }
  count_corpus(state, in.text_bytes);
}
BENCHMARK(word_tokens)->Unit(benchmark::kMillisecond);

void scan_quotes(benchmark::State& state) {
  const auto& in = inputs();
  for (auto _ : state)
    for (std::size_t i = 0; i < in.articles.size(); ++i)
      benchmark::DoNotOptimize(scan_quotations(in.articles[i].text, in.segments[i], in.articles[i].body_begin));
  count_corpus(state, in.text_bytes);
}
BENCHMARK(scan_quotes)->Unit(benchmark::kMillisecond);

// quotation scanning, cue recognition and attribution (statement_extractor::extract), on segmented text
void extract_statements(benchmark::State& state) {
  const auto& in = inputs();
  const statement_extractor extractor(lexicons());
  for (auto _ : state)
    for (std::size_t i = 0; i < in.articles.size(); ++i)
      benchmark::DoNotOptimize(extractor.extract(in.articles[i], in.segments[i]));
  count_corpus(state, in.text_bytes);
}
BENCHMARK(extract_statements)->Unit(benchmark::kMillisecond);

void date_statements(benchmark::State& state) {
  const auto& in = inputs();
  const statement_dater dater(lexicons());
  auto work = in.statements;  // the dater rewrites every statement's date, so one copy serves all runs
  for (auto _ : state)
    for (std::size_t i = 0; i < in.articles.size(); ++i) {
      dater.date(in.articles[i], in.segments[i], work[i]);
      benchmark::ClobberMemory();
    }
  count_corpus(state, in.text_bytes);
}
BENCHMARK(date_statements)->Unit(benchmark::kMillisecond);

void classify_statements(benchmark::State& state) {
  const auto& in = inputs();
  const statement_classifier classifier(lexicons());
  for (auto _ : state) {
    state.PauseTiming();
    auto work = in.statements;  // classification appends topics: start from unclassified statements
    state.ResumeTiming();
    for (std::size_t i = 0; i < in.articles.size(); ++i) classifier.classify(in.articles[i], in.segments[i], work[i]);
    benchmark::ClobberMemory();
  }
  count_corpus(state, in.text_bytes);
}
BENCHMARK(classify_statements)->Unit(benchmark::kMillisecond);

// the whole analysis, including the article copy analyse() takes by value
void analyse_articles(benchmark::State& state) {
  const auto& in = inputs();
  const article_analyser analyser(lexicons());
  for (auto _ : state)
    for (const auto& a : in.articles) benchmark::DoNotOptimize(analyser.analyse(a));
  count_corpus(state, in.text_bytes);
}
BENCHMARK(analyse_articles)->Unit(benchmark::kMillisecond);

// the `extract` output contract (byte → code point offsets, JSON serialisation)
void write_extract_json(benchmark::State& state) {
  const auto& in = inputs();
  for (auto _ : state)
    for (const auto& a : in.analysed) benchmark::DoNotOptimize(to_extract_json_line(a));
  count_corpus(state, in.text_bytes);
}
BENCHMARK(write_extract_json)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  try {
    const auto& in = inputs();
    std::size_t statements = 0;
    for (const auto& a : in.analysed) statements += a.statements.size();
    benchmark::AddCustomContext("corpus", in.corpus_path);
    benchmark::AddCustomContext("corpus_articles", std::to_string(in.articles.size()));
    benchmark::AddCustomContext("corpus_text_bytes", std::to_string(in.text_bytes));
    benchmark::AddCustomContext("corpus_statements", std::to_string(statements));
  } catch (const std::exception& e) {
    std::cerr << "onrecord_stage_benchmarks: " << e.what() << '\n';
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
