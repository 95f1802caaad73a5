#pragma once

#include "platform/result.h"

#include <QCoreApplication>

#include <functional>

namespace guanxi {

class Session;

// Realistic, deterministic sample data: Chinese and English people and
// companies across provinces and cities, every channel and stage, tags,
// follow-ups, and orders spread over the three years before "now".
// The same seed on the same empty file gives the same records.
class SampleData {
    Q_DECLARE_TR_FUNCTIONS(SampleData)
public:
    struct Options {
        qint64 customers = 300;
        qint64 orders = 1000;
        qint64 leads = -1;          // -1: a tenth of the customers; some wait in the public pool
        qint64 deals = -1;          // -1: a fifth of the customers, in every funnel stage
        quint64 seed = 1;
        int teamSize = 5;           // salespeople created besides the current user
    };
    struct Report {
        qint64 customers = 0;
        qint64 orders = 0;
        qint64 leads = 0;
        qint64 deals = 0;
        qint64 users = 0;
    };
    // progress(done, total) may return false to cancel; all is rolled back then.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Report> generate(Session &session, const Options &options, const Progress &progress = {});
};

} // namespace guanxi
