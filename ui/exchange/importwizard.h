#pragma once

#include "exchange/importreport.h"
#include "exchange/customerimport.h"

#include <QWizard>

#include <atomic>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QElapsedTimer;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;
class QTimer;

namespace guanxi {
class ImportSource;
class Session;
} // namespace guanxi

namespace guanxi::ui {

// The import studio: pick a file (CSV/TSV, XLSX or vCard) of customers or
// leads and see how it was
// read, map its columns to customer fields (guessed, or a saved mapping),
// choose create/update/upsert and what to do with bad rows, then watch it
// run off the UI thread with progress, time left and cancel, and read the
// report: counts, every problem with its line and column, the duplicates.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePageId, MappingPageId, OptionsPageId, RunPageId };
    enum class Target { Customers, Leads };

    ImportWizard(Session &session, Target target = Target::Customers, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);   // as if chosen with Browse
    ImportSource *source() const { return m_source.get(); }
    const ImportReport &report() const { return m_report; }
    bool isRunning() const;
    Target target() const;
    // While an import runs, closing asks it to stop and waits for the report.
    void reject() override;

signals:
    void imported();   // something was written

private:
    friend class SourcePage;
    friend class MappingPage;
    friend class OptionsPage;
    friend class RunPage;

    void openSource();
    // The file box was left or Return pressed in it: read the file it names,
    // unless it is the one already read (force: read it again anyway).
    void fileEdited(bool force);
    CustomerImportOptions options() const;
    QString entity() const;   // "customer" or "lead", for saved mappings

    Session &m_session;
    std::unique_ptr<ImportSource> m_source;
    QString m_openedPath;   // what openSource last read (or tried to)
    QString m_sourceError;
    QByteArray m_encoding;   // the user's choice; empty = detected
    int m_sheet = 0;
    QStringList m_mapping;
    ImportReport m_report;

    // Source page
    QComboBox *m_targetCombo;
    QLineEdit *m_file;
    QLabel *m_detected;
    QComboBox *m_encodingCombo;
    QComboBox *m_sheetCombo;
    QTableWidget *m_preview;
    QLabel *m_sourceMessage;
    // Mapping page
    QTableWidget *m_mappingTable;
    QComboBox *m_profiles;
    QLabel *m_mappingMessage;
    // Options page
    QList<QWidget *> m_customerOnly;   // mode and matching: leads are only added
    QButtonGroup *m_mode;
    QList<QCheckBox *> m_keys;
    QCheckBox *m_skipInvalid;
    QLineEdit *m_rejects;
    QCheckBox *m_dryRun;
};

} // namespace guanxi::ui
