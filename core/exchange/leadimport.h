#pragma once

#include "exchange/customerfields.h"
#include "exchange/importreport.h"
#include "platform/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>

namespace guanxi {

class ImportSource;
class Session;

struct LeadImportOptions {
    QStringList mapping;      // a field key per column; empty: guessed from the header
    bool dryRun = false;
    bool skipInvalid = false;
    QString rejectsPath;
    QString region;           // for phones written without +, as in CustomerImportOptions
};

// Leads from any ImportSource (a trade-show list, a web form export), all in
// one transaction like customer imports. A row whose phone or e-mail belongs
// to a lead already in the file is skipped as a duplicate. Leads are never
// deleted, so reverting a lead import disqualifies the leads it created that
// were not converted since (see ImportRevert).
class LeadImport {
    Q_DECLARE_TR_FUNCTIONS(LeadImport)
public:
    LeadImport(Session &session, ImportSource &source, LeadImportOptions options);
    Result<ImportReport> run(const std::function<void(double)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    // Field keys a lead column can map to, and the same with labels.
    static QStringList fieldKeys();
    static QList<ImportField> fields();
    static QStringList guess(const QStringList &header);

private:
    Session &m_session;
    ImportSource &m_source;
    LeadImportOptions m_options;
};

} // namespace guanxi
