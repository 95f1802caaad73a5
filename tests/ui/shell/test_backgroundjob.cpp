// BackgroundJob: the one way the window runs work without blocking it (the
// dashboard, an import, the reclaim pass, the daily backup).
#include "backgroundjob.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using guanxi::ui::BackgroundJob;

TEST_CASE("A background job runs its work off the GUI thread, then done on it", "[background]")
{
    BackgroundJob job;
    std::atomic<bool> offGuiThread = false;
    bool doneOnGuiThread = false;
    const auto gui = std::this_thread::get_id();
    REQUIRE(job.start([&] { offGuiThread = std::this_thread::get_id() != gui; },
                      [&] { doneOnGuiThread = std::this_thread::get_id() == gui; }));
    REQUIRE(QTest::qWaitFor([&] { return !job.isRunning(); }, 5000));
    CHECK(offGuiThread);
    CHECK(doneOnGuiThread);
}

TEST_CASE("A background job runs one work at a time, and cancelling waits without done", "[background]")
{
    BackgroundJob job;
    std::atomic<bool> release = false;
    int done = 0;
    std::atomic_bool *cancel = job.cancelFlag();
    REQUIRE(job.start([&] {
        while (!release && !cancel->load())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }, [&] { ++done; }));
    CHECK(job.isRunning());
    CHECK_FALSE(job.start([] {}, [&] { done += 100; }));   // refused while busy
    job.cancelAndWait();                                    // the work sees the flag and ends
    CHECK_FALSE(job.isRunning());
    QTest::qWait(50);                                       // a finished signal still queued
    CHECK(done == 0);                                       // ...finishes nothing

    // The next run is not finished by the last one's signal, and runs its own done.
    REQUIRE(job.start([&] { release = true; }, [&] { ++done; }));
    CHECK_FALSE(job.cancelFlag()->load());
    REQUIRE(QTest::qWaitFor([&] { return !job.isRunning(); }, 5000));
    CHECK(done == 1);
}
