// The loading half of an ingest: a thread that takes analysed articles from a bounded queue and
// loads them many per transaction (record_store::load_batch), while the caller's thread reads and
// analyses the next ones. Memory stays flat: the queue holds at most `queue_bytes` of articles.
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "model/analysed_article.h"
#include "store/record_store.h"

namespace onrecord {

class batch_loader {
 public:
  struct limits {
    std::size_t queue_bytes = 16u << 20;  // analysed articles waiting; one larger article is let in alone
    std::size_t batch_bytes = 4u << 20;   // a batch closes at this much text …
    std::size_t batch_articles = 1000;    // … or this many articles
    // A batch waits this long for more articles to arrive (fewer, larger transactions)
    std::chrono::milliseconds linger{50};
  };

  struct counts {
    std::size_t loaded = 0, present = 0, failed = 0;  // articles
    std::size_t statements = 0, merged = 0;           // of the loaded articles
    std::size_t batches = 0, retried = 0;             // transactions committed; batches retried article by article
    double busy_seconds = 0;                          // time spent loading (the rest the loader waited)
  };

  using message_sink = std::function<void(const std::string&)>;

  // `interrupted` is asked while waiting and before each commit: true rolls back the batch in
  // flight and stops the loader. `on_error` gets one message per article that failed.
  batch_loader(record_store& store, std::function<bool()> interrupted, message_sink on_error);
  batch_loader(record_store& store, std::function<bool()> interrupted, message_sink on_error, limits l);
  ~batch_loader();
  batch_loader(const batch_loader&) = delete;
  batch_loader& operator=(const batch_loader&) = delete;

  // Queues one article, waiting while the queue is full. False once the loader has stopped
  // (interrupted, or the connection was lost): reading should stop.
  bool push(analysed_article&& a);
  // No more articles: waits until every queued article is loaded or the loader stopped. Throws
  // connection_lost when the connection broke (the counts say what was committed before).
  void finish();
  // What is committed so far.
  counts committed() const;

 private:
  struct queued {
    analysed_article article;
    std::size_t bytes;
  };
  void run();
  void load(std::vector<analysed_article>& batch);

  record_store& store_;
  std::function<bool()> interrupted_;
  message_sink on_error_;
  limits limits_;

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<queued> queue_;
  std::size_t queued_bytes_ = 0;
  bool closing_ = false;  // no more pushes
  bool stopped_ = false;  // the loader thread has ended
  std::exception_ptr failure_;
  counts counts_;
  std::thread thread_;
};

}  // namespace onrecord
