#pragma once

#include "exchange/importwizardstate.h"

#include <QWizard>

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class SourcePage;
class RunPage;

// The import studio: pick a file (CSV/TSV, XLSX or vCard) of customers,
// leads or orders and see how it was read, map its columns to their fields
// (guessed, or a saved mapping), choose create/update/upsert (customers),
// whether unknown customers are added (orders), the region of phones written
// without +, and what to do with bad rows, then watch it run off the UI thread with progress, time left and
// cancel, and read the report: counts, every problem with its line and
// column, the duplicates.
//
// One page a file (importsourcepage, importmappingpage, importoptionspage,
// importrunpage); each owns its widgets and shares only ImportWizardState,
// which the wizard owns.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePageId, MappingPageId, OptionsPageId, RunPageId };
    using Target = ImportTarget;

    ImportWizard(Session &session, Target target = Target::Customers, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);   // as if chosen with Browse
    ImportSource *source() const { return m_state.source.get(); }
    const ImportReport &report() const { return m_state.report; }
    bool isRunning() const;
    Target target() const { return m_state.target; }
    // While an import runs, closing asks it to stop and waits for the report.
    void reject() override;

    static QString title(Target target);   // the window title

signals:
    void imported();   // something was written

private:
    ImportWizardState m_state;
    SourcePage *m_sourcePage;
    RunPage *m_runPage;
};

} // namespace guanxi::ui
