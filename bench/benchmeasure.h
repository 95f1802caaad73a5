#pragma once

// Timing and memory for the benchmark programs: wall and CPU time (this
// process and its waited-for children), and the peak resident memory over a
// stretch of work. Linux only (/proc, getrusage), like the benchmarks.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <malloc.h>
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

namespace guanxi::bench {

inline double secondsSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU time of this process (all threads), and of its waited-for children:
// on a shared machine they move less than wall time when others are busy.
inline double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

inline double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    auto s = [](const timeval &tv) { return double(tv.tv_sec) + double(tv.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

struct Stopwatch {
    QElapsedTimer wall;
    double cpu0 = 0;
    Stopwatch() { restart(); }
    void restart()
    {
        cpu0 = cpuSeconds();
        wall.start();
    }
    double seconds() const { return secondsSince(wall); }
    double cpu() const { return cpuSeconds() - cpu0; }
};

// A line of /proc/self/status in kB ("VmRSS", "VmHWM"), -1 when unreadable.
inline long statusKb(const char *key)
{
    FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long value = -1;
    const size_t n = std::strlen(key);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, key, n) == 0 && line[n] == ':') {
            value = std::atol(line + n + 1);
            break;
        }
    }
    std::fclose(f);
    return value;
}

// Peak resident memory over a stretch of work: VmHWM reset through
// /proc/self/clear_refs (Linux 4.0+), and VmRSS sampled every 20 ms as a
// cross-check (and as the figure where the reset is not allowed).
class MemoryWatch {
public:
    void start()
    {
        malloc_trim(0);
        FILE *f = std::fopen("/proc/self/clear_refs", "w");
        m_hwmReset = f && std::fputs("5", f) >= 0;
        if (f)
            m_hwmReset = (std::fclose(f) == 0) && m_hwmReset;
        m_baseKb = statusKb("VmRSS");
        m_peakKb = m_baseKb;
        m_stop = false;
        m_thread = std::thread([this] {
            while (!m_stop.load()) {
                const long rss = statusKb("VmRSS");
                long seen = m_peakKb.load();
                while (rss > seen && !m_peakKb.compare_exchange_weak(seen, rss)) {
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        m_hwmKb = statusKb("VmHWM");
        m_endKb = statusKb("VmRSS");
    }
    long baseKb() const { return m_baseKb; }
    long endKb() const { return m_endKb; }
    // The larger of the sampled peak and, when the reset worked, VmHWM.
    long peakKb() const
    {
        return m_hwmReset ? std::max(m_peakKb.load(), m_hwmKb) : m_peakKb.load();
    }
    bool hwmReset() const { return m_hwmReset; }

private:
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_peakKb{0};
    long m_baseKb = 0, m_hwmKb = 0, m_endKb = 0;
    bool m_hwmReset = false;
};

// "123 MB", or "?" when the figure could not be read.
inline QString mb(long kb)
{
    return kb < 0 ? QStringLiteral("?")
                  : QString::number(double(kb) / 1024.0, 'f', 0) + QStringLiteral(" MB");
}

// "2 cores (CPU model), 24 GB RAM": the machine a figure was measured on.
inline QString machine()
{
    QString cpu;
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
    long memKb = 0;
    QFile m(QStringLiteral("/proc/meminfo"));
    if (m.open(QIODevice::ReadOnly))
        memKb = QString::fromLatin1(m.readLine().simplified().split(' ').value(1)).toLong();
    return QStringLiteral("%1 cores (%2), %3 GB RAM")
        .arg(QThread::idealThreadCount())
        .arg(cpu)
        .arg(double(memKb) / 1024 / 1024, 0, 'f', 0);
}

// ---------------------------------------------------------------- figures

// 1234567 -> "1,234,567".
inline QString grouped(qint64 n)
{
    QString s = QString::number(n);
    for (qsizetype i = s.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        s.insert(i, u',');
    return s;
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// "1.23 s (cpu 1.10 s)"
inline QString wallCpu(double wall, double cpu)
{
    return QStringLiteral("%1 s (cpu %2 s)")
        .arg(wall, 0, 'f', wall < 10 ? 2 : 1)
        .arg(cpu, 0, 'f', cpu < 10 ? 2 : 1);
}

// "5,678 rows/s", or nothing when no time passed.
inline QString rate(qint64 rows, double seconds)
{
    return seconds > 0 ? grouped(qint64(double(rows) / seconds)) + QStringLiteral(" rows/s")
                       : QString();
}

// ---------------------------------------------------------------- files and programs

// A database file's size with its write-ahead log.
inline qint64 dbBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

inline void removeDb(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

// What a program prints (standard output, then error), trimmed.
inline QString runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

// "3.40.1": the version of a sqlite3 shell.
inline QString sqliteShellVersion(const QString &shell)
{
    return runProgram(shell, {QStringLiteral("-version")}).section(u' ', 0, 0);
}

} // namespace guanxi::bench
