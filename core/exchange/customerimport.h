#pragma once

#include "exchange/importreport.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace guanxi {

class ImportSource;
class Session;

// What makes a row the same customer as one already in the file, tried in
// the order given; the first key that finds someone decides.
enum class MatchKey { Id, Phone, Email, CompanyName, NameAndCompany, Name };

struct CustomerImportOptions {
    ImportMode mode = ImportMode::Create;
    QList<MatchKey> keys = {MatchKey::Phone, MatchKey::Email, MatchKey::CompanyName, MatchKey::NameAndCompany};
    QStringList mapping;      // a field key per column (see CustomerFields); empty: guessed from the header
    bool dryRun = false;      // check everything, write nothing
    bool skipInvalid = false; // import the valid rows instead of refusing the file
    QString rejectsPath;      // with skipInvalid: the rejected rows and why (.csv or .xlsx)
    QString region;           // ISO 3166 region ("CN", "GB") for numbers written without +; empty: the session's
};

// Customers from any ImportSource, in one transaction: all rows or none
// (or, with skipInvalid, all valid rows). Create, update or upsert, matching
// on the chosen keys; duplicates of existing customers and of earlier rows
// are skipped and listed. Every created or updated record is kept with the
// import's batch so ImportRevert can undo it.
//
// Updates fill what the file has and keep the rest: a non-empty cell replaces
// a field, phones, e-mails and tags are added to the ones already there, and
// an empty cell never erases anything.
//
// A row with a person and a company (客户名称 + 联系人) adds the person linked
// to that company, adding the company once (with the row's company phone and
// address, its city and industry) or reusing one already in the file, whose
// phone and address create-and-update fills like any other field.
class CustomerImport {
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)
public:
    CustomerImport(Session &session, ImportSource &source, CustomerImportOptions options);

    // progress gets 0..1; cancel is polled between rows. A refused, cancelled
    // or dry run leaves the file exactly as it was and reports what it found.
    Result<ImportReport> run(const std::function<void(double)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    static QString modeCode(ImportMode mode);
    static std::optional<ImportMode> modeFromCode(const QString &code);
    static QString keyCode(MatchKey key);
    static std::optional<MatchKey> keyFromCode(const QString &code);
    static QString keyLabel(MatchKey key);

private:
    struct Impl;
    Session &m_session;
    ImportSource &m_source;
    CustomerImportOptions m_options;
};

} // namespace guanxi
