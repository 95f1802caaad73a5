#pragma once

// Reading what a command was given: its options (numbers, dates, money, a
// user's login, a source channel) and its record numbers. Each reader prints
// its error on stderr and says which exit code to stop with.
#include "cli.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace guanxi::cli {

// The exit code a command stops with after an error the reader printed
// (Usage for a bad value, DataError for a failed lookup); empty when all is
// well:  if (auto stop = args.money(...)) return *stop;
using Stop = std::optional<int>;

class CommandArgs {
public:
    CommandArgs(Cli &cli, const QCommandLineParser &parser) : m_cli(cli), m_p(parser) {}

    bool isSet(const QString &option) const { return m_p.isSet(option); }
    QString value(const QString &option) const { return m_p.value(option); }

    // --option as a whole number of at least `minimum`; `message` when not.
    Stop number(const QString &option, int &out, int minimum, const QString &message) const;
    // --option ID (any whole number, as typed); `message` when it is none.
    Stop id(const QString &option, qint64 &out, const QString &message) const;
    // --option YYYY-MM-DD when given (out is left as it is otherwise);
    // `message` when it is no date, else "--option “…” is not a date; …".
    Stop date(const QString &option, QDate &out, const QString &message = {}) const;
    // --option as an amount in yuan (120,000.50) in minor units.
    Stop money(const QString &option, qint64 &out) const;
    // The database must be open for these. --option LOGIN, when given, as
    // that user's id.
    Stop user(const QString &option, qint64 &out) const;
    // --source CODE|NAME, when given, as the channel's id.
    Stop source(qint64 &out) const;
    // --owner LOGIN or "all" (0); without it the current user.
    Stop ownerOrAll(qint64 &out) const;

private:
    Cli &m_cli;
    const QCommandLineParser &m_p;
};

// Record numbers (positive) from the command's words: `notNumber` (with %1,
// the word) or `none` as the usage error.
Stop recordIds(Cli &cli, const QStringList &words, QList<qint64> &ids, const QString &notNumber,
               const QString &none);
// The first word as a positive record number; `message` when it is none.
Stop recordId(Cli &cli, const QStringList &words, qint64 &id, const QString &message);
// users permissions: what each role may do, or --grant/--revoke for --role.
int rolePermissions(Cli &cli, const CommandArgs &args);
// recordId, then the database opened.
Stop openForRecord(Cli &cli, const QStringList &words, qint64 &id, const QString &message);

} // namespace guanxi::cli
