#include "exchange/importwizard.h"

#include "platform/db/database.h"
#include "exchange/customerfields.h"
#include "exchange/importsource.h"
#include "formats/textencoding.h"
#include "exchange/leadimport.h"
#include "platform/session.h"
#include "customers/customfieldstore.h"
#include "exchange/importstore.h"
#include "platform/clock.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color:#c62828;"));
    l->hide();
    return l;
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString formatLabel(const QString &format)
{
    if (format == u"xlsx")
        return ImportWizard::tr("Excel workbook (XLSX)");
    if (format == u"vcard")
        return ImportWizard::tr("vCard contacts");
    return ImportWizard::tr("CSV text");
}
} // namespace

// ---- 1. The file, how it was read, and a preview --------------------------

class SourcePage : public QWizardPage {
public:
    explicit SourcePage(ImportWizard *w) : QWizardPage(w), m_w(w)
    {
        setTitle(ImportWizard::tr("Choose the file"));
        setSubTitle(ImportWizard::tr("Customers or leads from Excel (XLSX), CSV or TSV text, or vCard contacts (.vcf). "
                                     "Guanxi works out the format, the text encoding and where the header is."));
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        w->m_file = new QLineEdit(this);
        w->m_file->setObjectName(QStringLiteral("importFileEdit"));
        w->m_file->setPlaceholderText(ImportWizard::tr("File to import"));
        auto *browse = new QPushButton(ImportWizard::tr("&Browse…"), this);
        row->addWidget(w->m_file, 1);
        row->addWidget(browse);
        layout->addLayout(row);
        auto *form = new QFormLayout;
        m_form = form;
        w->m_targetCombo = new QComboBox(this);
        w->m_targetCombo->setObjectName(QStringLiteral("importTargetCombo"));
        w->m_targetCombo->addItem(ImportWizard::tr("Customers"), int(ImportWizard::Target::Customers));
        w->m_targetCombo->addItem(ImportWizard::tr("Leads"), int(ImportWizard::Target::Leads));
        form->addRow(ImportWizard::tr("&Import as:"), w->m_targetCombo);
        w->m_detected = new QLabel(this);
        w->m_detected->setObjectName(QStringLiteral("importDetectedLabel"));
        form->addRow(ImportWizard::tr("Read as:"), w->m_detected);
        w->m_encodingCombo = new QComboBox(this);
        w->m_encodingCombo->setObjectName(QStringLiteral("importEncodingCombo"));
        form->addRow(ImportWizard::tr("&Encoding:"), w->m_encodingCombo);
        w->m_sheetCombo = new QComboBox(this);
        w->m_sheetCombo->setObjectName(QStringLiteral("importSheetCombo"));
        form->addRow(ImportWizard::tr("&Sheet:"), w->m_sheetCombo);
        layout->addLayout(form);
        w->m_sourceMessage = errorLabel(this, QStringLiteral("importSourceError"));
        layout->addWidget(w->m_sourceMessage);
        w->m_preview = table(this, QStringLiteral("importPreview"), {});
        layout->addWidget(w->m_preview, 1);

        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, ImportWizard::tr("Import Customers"), QDir::homePath(),
                ImportWizard::tr("Customer files (*.csv *.tsv *.txt *.xlsx *.vcf);;All files (*)"));
            if (!path.isEmpty())
                m_w->setFile(path);
        });
        // editingFinished also comes when the box merely loses the focus, as
        // when Next turns the page: the file already read is not read again.
        connect(w->m_file, &QLineEdit::returnPressed, this, [this] { m_w->fileEdited(true); });
        connect(w->m_file, &QLineEdit::editingFinished, this, [this] { m_w->fileEdited(false); });
        connect(w->m_encodingCombo, &QComboBox::activated, this, [this] {
            m_w->m_encoding = m_w->m_encodingCombo->currentData().toByteArray();
            m_w->openSource();
        });
        connect(w->m_targetCombo, &QComboBox::activated, this, [this] {
            m_w->m_mapping.clear();   // the fields differ
            m_w->setWindowTitle(m_w->target() == ImportWizard::Target::Leads ? ImportWizard::tr("Import Leads")
                                                                            : ImportWizard::tr("Import Customers"));
        });
        connect(w->m_sheetCombo, &QComboBox::activated, this, [this](int index) {
            m_w->m_sheet = index;
            m_w->openSource();
        });
    }

    bool isComplete() const override { return m_w->m_source != nullptr; }
    bool validatePage() override
    {
        // Another path typed and Next pressed from the keyboard before the box
        // lost the focus: read that file, and stay to show how it was read.
        if (m_w->m_file->text().trimmed() != m_w->m_openedPath) {
            m_w->fileEdited(false);
            return false;
        }
        return m_w->m_source != nullptr;
    }
    void refresh() { emit completeChanged(); }
    QFormLayout *form() const { return m_form; }

private:
    ImportWizard *m_w;
    QFormLayout *m_form;
};

// ---- 2. Which column fills which field ------------------------------------

class MappingPage : public QWizardPage {
public:
    explicit MappingPage(ImportWizard *w, Session &session) : QWizardPage(w), m_w(w), m_session(session)
    {
        setTitle(ImportWizard::tr("Match the columns"));
        setSubTitle(ImportWizard::tr("Each column of the file goes to one field, or is ignored. The guess comes from "
                                     "the headers; change any that are wrong."));
        auto *layout = new QVBoxLayout(this);
        auto *row = new QHBoxLayout;
        w->m_profiles = new QComboBox(this);
        w->m_profiles->setObjectName(QStringLiteral("importProfileCombo"));
        auto *save = new QPushButton(ImportWizard::tr("Save Mapping &As…"), this);
        save->setObjectName(QStringLiteral("importSaveProfileButton"));
        row->addWidget(new QLabel(ImportWizard::tr("Saved mappings:"), this));
        row->addWidget(w->m_profiles, 1);
        row->addWidget(save);
        layout->addLayout(row);
        w->m_mappingTable = table(this, QStringLiteral("importMappingTable"),
                                  {ImportWizard::tr("Column in the file"), ImportWizard::tr("Examples"),
                                   ImportWizard::tr("Field")});
        layout->addWidget(w->m_mappingTable, 1);
        // What each row will make (a person and their company), in words.
        m_plan = new QLabel(this);
        m_plan->setObjectName(QStringLiteral("importMappingPlan"));
        m_plan->setWordWrap(true);
        m_plan->hide();
        layout->addWidget(m_plan);
        w->m_mappingMessage = errorLabel(this, QStringLiteral("importMappingError"));
        layout->addWidget(w->m_mappingMessage);
        connect(w->m_profiles, &QComboBox::activated, this, [this](int index) { applyProfile(index); });
        connect(save, &QPushButton::clicked, this, [this] { saveProfile(); });
    }

    void initializePage() override
    {
        ImportSource *src = m_w->m_source.get();
        const QStringList header = src->header();
        const bool leads = m_w->target() == ImportWizard::Target::Leads;
        auto fields = CustomFieldStore(m_session).list();
        m_custom = fields && !leads ? *fields : QList<CustomField>();
        if (m_w->m_mapping.size() != header.size())
            m_w->m_mapping = guess(header);
        QList<QStringList> samples(header.size());
        if (auto rows = src->preview(20))
            for (const ImportRow &r : *rows)
                for (int c = 0; c < header.size(); ++c)
                    if (samples[c].size() < 3 && !r.cells.value(c).trimmed().isEmpty())
                        samples[c] << r.cells.value(c).trimmed();
        QTableWidget *t = m_w->m_mappingTable;
        t->setRowCount(int(header.size()));
        const QList<ImportField> all = leads ? LeadImport::fields() : CustomerFields::all(m_custom);
        for (int i = 0; i < header.size(); ++i) {
            setRow(t, i, {header.at(i), samples.at(i).join(QStringLiteral(" · "))});
            auto *combo = new QComboBox(t);
            combo->setObjectName(QStringLiteral("importField%1").arg(i));
            combo->addItem(ImportWizard::tr("(ignore)"), QString());
            for (const ImportField &f : all)
                combo->addItem(f.label, f.key);
            combo->setCurrentIndex(qMax(0, combo->findData(m_w->m_mapping.value(i))));
            connect(combo, &QComboBox::currentIndexChanged, this, [this] {
                m_w->m_mapping = shownMapping();
                showPlan();
                emit completeChanged();
            });
            t->setCellWidget(i, 2, combo);
        }
        // What is imported is what the combos show, even where a kept or saved
        // mapping named a field they do not offer.
        m_w->m_mapping = shownMapping();
        showPlan();
        t->resizeColumnsToContents();
        reloadProfiles();
    }

    bool isComplete() const override
    {
        const QStringList m = shownMapping();
        const bool leads = m_w->target() == ImportWizard::Target::Leads;
        // Without a name a file can still update customers found by phone,
        // e-mail or ID (chosen on the next page, which checks it again).
        const bool identifies = !leads && (m.contains(QStringLiteral("phone")) || m.contains(QStringLiteral("email"))
                                           || m.contains(QStringLiteral("id")));
        const bool named = m.contains(QStringLiteral("name")) || identifies
                           || (!leads && (m.contains(QStringLiteral("given_name")) || m.contains(QStringLiteral("family_name"))
                                          || m.contains(QStringLiteral("company"))));
        m_w->m_mappingMessage->setVisible(!named);
        m_w->m_mappingMessage->setText(
            leads ? ImportWizard::tr("No column goes to Contact name. Choose the column that holds the contacts' names.")
                  : ImportWizard::tr("No column goes to Name (or Company). Choose the column that holds the customers' "
                                     "names."));
        return named;
    }

    bool validatePage() override
    {
        m_w->m_mapping = shownMapping();
        return true;
    }

private:
    // The field chosen for each column of the file, as the combos show it.
    QStringList shownMapping() const
    {
        QStringList m;
        QTableWidget *t = m_w->m_mappingTable;
        for (int i = 0; i < t->rowCount(); ++i) {
            auto *combo = qobject_cast<QComboBox *>(t->cellWidget(i, 2));
            m << (combo ? combo->currentData().toString() : QString());
        }
        return m;
    }

    void showPlan()
    {
        const QString plan = m_w->target() == ImportWizard::Target::Leads ? QString()
                                                                          : CustomerFields::plan(m_w->m_mapping);
        m_plan->setText(plan);
        m_plan->setVisible(!plan.isEmpty());
    }

    QStringList guess(const QStringList &header) const
    {
        return m_w->target() == ImportWizard::Target::Leads ? LeadImport::guess(header)
                                                            : CustomerFields::guess(header, m_custom);
    }

    void reloadProfiles()
    {
        m_w->m_profiles->clear();
        m_w->m_profiles->addItem(ImportWizard::tr("(as guessed)"));
        m_profileList = ImportStore(m_session).profiles(m_w->entity()).value_or({});
        for (const ImportProfile &p : m_profileList)
            m_w->m_profiles->addItem(p.name);
    }

    void applyProfile(int index)
    {
        const QStringList header = m_w->m_source->header();
        if (index <= 0) {
            m_w->m_mapping = guess(header);
        } else {
            const ImportProfile &p = m_profileList.at(index - 1);
            for (int i = 0; i < header.size(); ++i)
                if (p.mapping.contains(header.at(i)))
                    m_w->m_mapping[i] = p.mapping.value(header.at(i));
        }
        for (int i = 0; i < header.size(); ++i)
            if (auto *combo = qobject_cast<QComboBox *>(m_w->m_mappingTable->cellWidget(i, 2)))
                combo->setCurrentIndex(qMax(0, combo->findData(m_w->m_mapping.value(i))));
        m_w->m_mapping = shownMapping();
        showPlan();
        emit completeChanged();
    }

    void saveProfile()
    {
        bool ok = false;
        const QString name = QInputDialog::getText(this, ImportWizard::tr("Save Mapping"),
                                                   ImportWizard::tr("Name for this column mapping:"), QLineEdit::Normal,
                                                   QFileInfo(m_w->m_source->path()).completeBaseName(), &ok);
        if (!ok)
            return;
        QMap<QString, QString> mapping;
        const QStringList header = m_w->m_source->header();
        for (int i = 0; i < header.size(); ++i)
            mapping.insert(header.at(i), m_w->m_mapping.value(i));
        if (Status s = ImportStore(m_session).saveProfile(m_w->entity(), name, mapping); !s) {
            QMessageBox::warning(this, ImportWizard::tr("Save Mapping"), s.error().message);
            return;
        }
        reloadProfiles();
        m_w->m_profiles->setCurrentIndex(qMax(0, m_w->m_profiles->findText(name.simplified())));
    }

    ImportWizard *m_w;
    Session &m_session;
    QList<CustomField> m_custom;
    QList<ImportProfile> m_profileList;
    QLabel *m_plan;
};

// ---- 3. Create, update or both; bad rows; dry run -------------------------

class OptionsPage : public QWizardPage {
public:
    explicit OptionsPage(ImportWizard *w) : QWizardPage(w), m_w(w)
    {
        setTitle(ImportWizard::tr("Choose how to import"));
        setSubTitle(ImportWizard::tr("The import is one step: it all lands, or nothing does. You can revert it later "
                                     "from Tools → Import History."));
        auto *layout = new QVBoxLayout(this);
        w->m_mode = new QButtonGroup(this);
        const QList<std::pair<ImportMode, QString>> modes = {
            {ImportMode::Create, ImportWizard::tr("&Add new customers; skip rows that match one already here")},
            {ImportMode::Upsert, ImportWizard::tr("Add new customers and &update the ones that match")},
            {ImportMode::Update, ImportWizard::tr("&Only update customers that match; a row matching nobody is an error")},
        };
        for (const auto &[mode, label] : modes) {
            auto *radio = new QRadioButton(label, this);
            radio->setObjectName(QStringLiteral("importMode_") + CustomerImport::modeCode(mode));
            w->m_mode->addButton(radio, int(mode));
            layout->addWidget(radio);
            w->m_customerOnly << radio;
        }
        w->m_mode->button(int(ImportMode::Create))->setChecked(true);

        auto *keysLabel = new QLabel(ImportWizard::tr("A row is the same customer when it has the same:"), this);
        layout->addWidget(keysLabel);
        w->m_customerOnly << keysLabel;
        auto *keys = new QHBoxLayout;
        for (MatchKey k : {MatchKey::Phone, MatchKey::Email, MatchKey::CompanyName, MatchKey::NameAndCompany,
                           MatchKey::Name, MatchKey::Id}) {
            auto *box = new QCheckBox(CustomerImport::keyLabel(k), this);
            box->setObjectName(QStringLiteral("importKey_") + CustomerImport::keyCode(k));
            box->setProperty("key", int(k));
            box->setChecked(CustomerImportOptions().keys.contains(k));
            w->m_keys << box;
            w->m_customerOnly << box;
            keys->addWidget(box);
        }
        keys->addStretch();
        layout->addLayout(keys);

        w->m_skipInvalid = new QCheckBox(ImportWizard::tr("Import the valid rows even if some are invalid, and save the "
                                                          "invalid ones with the reason to:"),
                                         this);
        w->m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
        layout->addWidget(w->m_skipInvalid);
        auto *rejects = new QHBoxLayout;
        w->m_rejects = new QLineEdit(this);
        w->m_rejects->setObjectName(QStringLiteral("importRejectsEdit"));
        w->m_rejects->setEnabled(false);
        auto *browse = new QPushButton(ImportWizard::tr("Br&owse…"), this);
        browse->setEnabled(false);
        rejects->addSpacing(24);
        rejects->addWidget(w->m_rejects, 1);
        rejects->addWidget(browse);
        layout->addLayout(rejects);
        connect(w->m_skipInvalid, &QCheckBox::toggled, w->m_rejects, &QWidget::setEnabled);
        connect(w->m_skipInvalid, &QCheckBox::toggled, browse, &QWidget::setEnabled);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, ImportWizard::tr("Save Rejected Rows"),
                                                              m_w->m_rejects->text(),
                                                              ImportWizard::tr("CSV (*.csv);;Excel workbook (*.xlsx)"));
            if (!path.isEmpty())
                m_w->m_rejects->setText(path);
        });
        w->m_dryRun = new QCheckBox(ImportWizard::tr("&Check the file only (dry run): report everything, import nothing"),
                                    this);
        w->m_dryRun->setObjectName(QStringLiteral("importDryRun"));
        layout->addSpacing(8);
        layout->addWidget(w->m_dryRun);
        layout->addStretch();
    }

    void initializePage() override
    {
        // Leads are only added; a lead whose phone or e-mail is known is skipped.
        for (QWidget *widget : m_w->m_customerOnly)
            widget->setVisible(m_w->target() == ImportWizard::Target::Customers);
        const QFileInfo info(m_w->m_source->path());
        if (m_w->m_rejects->text().isEmpty())
            m_w->m_rejects->setText(info.dir().filePath(info.completeBaseName() + ImportWizard::tr("-rejected") +
                                                        QStringLiteral(".csv")));
    }

    bool validatePage() override
    {
        const QStringList &m = m_w->m_mapping;
        const bool named = m.contains(QStringLiteral("name")) || m.contains(QStringLiteral("given_name"))
                           || m.contains(QStringLiteral("family_name")) || m.contains(QStringLiteral("company"));
        if (m_w->target() == ImportWizard::Target::Customers && !named
            && m_w->m_mode->checkedId() != int(ImportMode::Update)) {
            QMessageBox::information(this, ImportWizard::tr("Import"),
                                     ImportWizard::tr("No column goes to the name, so new customers cannot be added. "
                                                      "Choose “Only update customers that match”, or go back and map "
                                                      "the name."));
            return false;
        }
        if (m_w->target() == ImportWizard::Target::Customers
            && std::none_of(m_w->m_keys.begin(), m_w->m_keys.end(), [](QCheckBox *b) { return b->isChecked(); })
            && m_w->m_mode->checkedId() != int(ImportMode::Create)) {
            QMessageBox::information(this, ImportWizard::tr("Import"),
                                     ImportWizard::tr("Tick at least one field that tells customers apart, so rows "
                                                      "can be matched to the customers they update."));
            return false;
        }
        return true;
    }

private:
    ImportWizard *m_w;
};

// ---- 4. Running, then the report ------------------------------------------

class RunPage : public QWizardPage {
public:
    explicit RunPage(ImportWizard *w, Session &session) : QWizardPage(w), m_w(w), m_session(session)
    {
        setTitle(ImportWizard::tr("Importing"));
        auto *layout = new QVBoxLayout(this);
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setRange(0, 1000);
        m_eta = new QLabel(this);
        m_eta->setObjectName(QStringLiteral("importEta"));
        m_cancel = new QPushButton(ImportWizard::tr("S&top"), this);
        m_cancel->setObjectName(QStringLiteral("importStopButton"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_progress, 1);
        row->addWidget(m_cancel);
        layout->addLayout(row);
        layout->addWidget(m_eta);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("importSummary"));
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_summary);
        m_problems = table(this, QStringLiteral("importProblems"),
                           {ImportWizard::tr("Row"), ImportWizard::tr("Line"), ImportWizard::tr("Column"),
                            ImportWizard::tr("Value"), ImportWizard::tr("Problem")});
        layout->addWidget(m_problems, 2);
        m_duplicates = table(this, QStringLiteral("importDuplicates"),
                             {ImportWizard::tr("Row"), ImportWizard::tr("Line"), ImportWizard::tr("Same as"),
                              ImportWizard::tr("Matched on")});
        layout->addWidget(m_duplicates, 1);
        m_again = new QPushButton(ImportWizard::tr("&Import Now"), this);
        m_again->setObjectName(QStringLiteral("importNowButton"));
        m_change = new QPushButton(ImportWizard::tr("&Change Options…"), this);
        m_change->setObjectName(QStringLiteral("importChangeButton"));
        auto *after = new QHBoxLayout;
        after->addWidget(m_again);
        after->addWidget(m_change);
        after->addStretch();
        layout->addLayout(after);
        // Back from the report to fix the mapping or options and run again.
        connect(m_change, &QPushButton::clicked, this, [this] { wizard()->back(); });
        m_timer = new QTimer(this);
        m_timer->setInterval(100);
        connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            m_cancelled = true;
            m_eta->setText(ImportWizard::tr("Stopping…"));
        });
        connect(m_again, &QPushButton::clicked, this, [this] {
            m_w->m_dryRun->setChecked(false);
            start();
        });
    }

    void initializePage() override { start(); }
    bool isComplete() const override { return !m_thread && m_started; }
    bool running() const { return m_thread != nullptr; }
    void requestStop()
    {
        m_cancelled = true;
        m_eta->setText(ImportWizard::tr("Stopping…"));
    }
    void stop()
    {
        m_cancelled = true;
        if (m_thread)
            m_thread->wait();
    }

private:
    void start()
    {
        m_started = true;
        m_cancelled = false;
        m_fraction = 0;
        m_summary->clear();
        m_problems->setRowCount(0);
        m_duplicates->setRowCount(0);
        m_problems->hide();
        m_duplicates->hide();
        m_again->hide();
        m_change->hide();
        m_progress->show();
        m_cancel->show();
        m_progress->setValue(0);
        m_eta->setText(ImportWizard::tr("Reading “%1”…").arg(QFileInfo(m_w->m_source->path()).fileName()));
        setTitle(m_w->m_dryRun->isChecked() ? ImportWizard::tr("Checking") : ImportWizard::tr("Importing"));
        const WorkerSpec worker = m_session.worker();
        const QString file = m_w->m_source->path();
        ImportSourceOptions sourceOptions{m_w->m_encoding, m_w->m_sheet};
        const CustomerImportOptions options = m_w->options();
        const bool leads = m_w->target() == ImportWizard::Target::Leads;
        m_result = Error{ImportWizard::tr("The import did not run."), {}, {}};
        // Its own connection on a worker thread: the window stays responsive
        // and a big file never freezes it.
        m_thread = QThread::create([this, worker, file, sourceOptions, options, leads] {
            auto opened = worker.open(false);
            if (!opened) {
                m_result = opened.error();
                return;
            }
            Session &session = (*opened)->session();
            auto source = ImportSource::open(file, sourceOptions);
            if (!source) {
                m_result = source.error();
                return;
            }
            auto progress = [this](double f) { m_fraction = f; };
            if (leads)
                m_result = LeadImport(session, **source,
                                      LeadImportOptions{options.mapping, options.dryRun, options.skipInvalid,
                                                        options.rejectsPath})
                               .run(progress, &m_cancelled);
            else
                m_result = CustomerImport(session, **source, options).run(progress, &m_cancelled);
        });
        connect(m_thread, &QThread::finished, this, [this] { finished(); });
        m_clock.start();
        m_timer->start();
        m_thread->start();
        emit completeChanged();
    }

    void tick()
    {
        const double f = m_fraction.load();
        m_progress->setValue(int(f * 1000));
        const qint64 ms = m_clock.elapsed();
        if (f > 0.02 && ms > 1500 && !m_cancelled) {
            const qint64 left = qint64(ms * (1 - f) / f / 1000) + 1;
            m_eta->setText(left < 90 ? ImportWizard::tr("About %n second(s) left", nullptr, int(left))
                                     : ImportWizard::tr("About %n minute(s) left", nullptr, int((left + 30) / 60)));
        }
    }

    void finished()
    {
        m_timer->stop();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_progress->hide();
        m_cancel->hide();
        m_eta->clear();
        if (!m_result) {
            setTitle(ImportWizard::tr("The import could not run"));
            m_summary->setText(m_result.error().message);
            m_change->show();
            emit completeChanged();
            return;
        }
        const ImportReport &r = *m_result;
        m_w->m_report = r;
        const QLocale locale;
        QString counts =
            (r.written ? ImportWizard::tr("%1 rows read: %2 created, %3 updated, %4 skipped as duplicates, %5 rejected.")
                       : ImportWizard::tr("%1 rows read: %2 to create, %3 to update, %4 to skip as duplicates, %5 "
                                          "rejected."))
                .arg(locale.toString(r.rowsRead), locale.toString(r.created), locale.toString(r.updated),
                     locale.toString(r.skipped), locale.toString(r.rejected));
        if (r.companiesCreated)
            counts += u' '
                      + (r.written ? ImportWizard::tr("%n company record(s) were added for the companies people work at.",
                                                      nullptr, int(r.companiesCreated))
                                   : ImportWizard::tr("%n company record(s) would be added for the companies people "
                                                      "work at.",
                                                      nullptr, int(r.companiesCreated)));
        QString headline;
        if (r.cancelled)
            headline = ImportWizard::tr("Stopped. Nothing was imported; the file is as it was before.");
        else if (r.written)
            headline = r.rejected ? ImportWizard::tr("Imported the valid rows. The rejected ones are in “%1”.")
                                        .arg(QDir::toNativeSeparators(m_w->m_rejects->text()))
                                  : ImportWizard::tr("Imported.");
        else if (r.rejected)
            headline = ImportWizard::tr("Nothing was imported: %n row(s) have problems, listed below with their line "
                                        "and column. Fix them in the file and import again, or use Change Options to "
                                        "import the valid rows.",
                                        nullptr, int(r.rejected));
        else if (r.dryRun)
            headline = ImportWizard::tr("The check found no problems. Nothing was written yet.");
        setTitle(r.written ? ImportWizard::tr("Import finished") : ImportWizard::tr("Import report"));
        QString summary = QStringLiteral("<b>%1</b><br>%2").arg(headline.toHtmlEscaped(), counts.toHtmlEscaped());
        for (const QString &note : r.notes)   // what the file had that was passed over
            summary += QStringLiteral("<br>") + note.toHtmlEscaped();
        m_summary->setText(summary);
        m_problems->setVisible(!r.problems.isEmpty());
        m_problems->setRowCount(int(r.problems.size()));
        for (int i = 0; i < r.problems.size(); ++i) {
            const ImportProblem &p = r.problems.at(i);
            setRow(m_problems, i, {QString::number(p.record), QString::number(p.line), p.column, p.value, p.reason});
        }
        m_problems->resizeColumnsToContents();
        m_duplicates->setVisible(!r.duplicates.isEmpty());
        m_duplicates->setRowCount(int(r.duplicates.size()));
        for (int i = 0; i < r.duplicates.size(); ++i) {
            const ImportDuplicate &d = r.duplicates.at(i);
            const QString same = d.earlierRecord
                                     ? ImportWizard::tr("row %1 of this file").arg(d.earlierRecord)
                                     : ImportWizard::tr("customer %1").arg(d.existingId);
            setRow(m_duplicates, i, {QString::number(d.record), QString::number(d.line), same, d.key});
        }
        m_duplicates->resizeColumnsToContents();
        m_again->setVisible(r.dryRun && !r.rejected && !r.cancelled && (r.created || r.updated));
        m_change->setVisible(!r.written);
        if (r.written)
            emit m_w->imported();
        emit completeChanged();
    }

    ImportWizard *m_w;
    Session &m_session;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_problems;
    QTableWidget *m_duplicates;
    QPushButton *m_again;
    QPushButton *m_change;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    QElapsedTimer m_clock;
    std::atomic_bool m_cancelled = false;
    std::atomic<double> m_fraction = 0;
    Result<ImportReport> m_result = Error{};
    bool m_started = false;
};

// ---- The wizard -----------------------------------------------------------

ImportWizard::ImportWizard(Session &session, Target target, QWidget *parent) : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(target == Target::Leads ? tr("Import Leads") : tr("Import Customers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, new SourcePage(this));
    setPage(MappingPageId, new MappingPage(this, session));
    setPage(OptionsPageId, new OptionsPage(this));
    setPage(RunPageId, new RunPage(this, session));
    setButtonText(QWizard::FinishButton, tr("Close"));
    m_targetCombo->setCurrentIndex(m_targetCombo->findData(int(target)));
    resize(860, 620);
    openSource();
}

ImportWizard::~ImportWizard()
{
    // The file box losing the focus while the pages are destroyed must not
    // read the file again.
    m_file->blockSignals(true);
    if (auto *run = static_cast<RunPage *>(page(RunPageId)))
        run->stop();
}

void ImportWizard::reject()
{
    auto *run = static_cast<RunPage *>(page(RunPageId));
    if (run->running()) {
        // Closing mid-import would hide whether it landed: stop, then the
        // report says what happened and Close works.
        run->requestStop();
        return;
    }
    QWizard::reject();
}

bool ImportWizard::isRunning() const
{
    return static_cast<RunPage *>(page(RunPageId))->running();
}

void ImportWizard::setFile(const QString &path)
{
    m_file->setText(path);
    m_encoding.clear();
    m_sheet = 0;
    openSource();
}

void ImportWizard::fileEdited(bool force)
{
    if (!force && m_file->text().trimmed() == m_openedPath)
        return;
    m_encoding.clear();
    m_sheet = 0;
    openSource();
}

void ImportWizard::openSource()
{
    m_source.reset();
    m_mapping.clear();
    m_openedPath = m_file->text().trimmed();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_detected->clear();
    m_encodingCombo->clear();
    m_sheetCombo->clear();
    m_encodingCombo->setEnabled(false);
    m_sheetCombo->setEnabled(false);
    auto *form = static_cast<SourcePage *>(page(SourcePageId))->form();
    form->setRowVisible(m_encodingCombo, false);
    form->setRowVisible(m_sheetCombo, false);
    m_sourceMessage->hide();
    const QString path = m_file->text().trimmed();
    auto *sourcePage = static_cast<SourcePage *>(page(SourcePageId));
    if (path.isEmpty()) {
        sourcePage->refresh();
        return;
    }
    auto source = ImportSource::open(path, ImportSourceOptions{m_encoding, m_sheet});
    if (!source) {
        m_sourceMessage->setText(source.error().message);
        m_sourceMessage->show();
        sourcePage->refresh();
        return;
    }
    m_source = std::move(source).value();
    QString detected = formatLabel(m_source->format());
    if (m_source->format() == u"csv") {
        detected += QStringLiteral(", ") + TextEncoding::label(m_source->encoding());
        const QString delimiter = m_source->dialect() == u"tab"         ? tr("tab separated")
                                  : m_source->dialect() == u"semicolon" ? tr("semicolon separated")
                                                                        : tr("comma separated");
        detected += QStringLiteral(", ") + delimiter;
        QList<QByteArray> choices = m_source->encodingCandidates();
        for (const QByteArray &e : TextEncoding::supported())
            if (!choices.contains(e))
                choices << e;
        for (const QByteArray &e : choices)
            m_encodingCombo->addItem(TextEncoding::label(e), e);
        m_encodingCombo->setCurrentIndex(qMax(0, m_encodingCombo->findData(m_source->encoding())));
        m_encodingCombo->setEnabled(true);
        form->setRowVisible(m_encodingCombo, true);
    }
    if (m_source->format() == u"xlsx") {
        m_sheetCombo->addItems(m_source->sheets());
        m_sheetCombo->setCurrentIndex(m_sheet);
        m_sheetCombo->setEnabled(m_source->sheets().size() > 1);
        form->setRowVisible(m_sheetCombo, true);
    }
    m_detected->setText(detected);
    const QStringList header = m_source->header();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    auto rows = m_source->preview(20);
    if (!rows) {
        // The start of the file reads but something further on does not: say
        // where, and let the user choose another encoding.
        m_sourceMessage->setText(rows.error().message);
        m_sourceMessage->show();
        m_source.reset();
        sourcePage->refresh();
        return;
    }
    m_preview->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        setRow(m_preview, r, rows->at(r).cells.mid(0, header.size()));
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(rows->at(r).line)));
    }
    m_preview->verticalHeader()->show();
    m_preview->resizeColumnsToContents();
    sourcePage->refresh();
}

ImportWizard::Target ImportWizard::target() const
{
    return Target(m_targetCombo->currentData().toInt());
}

QString ImportWizard::entity() const
{
    return target() == Target::Leads ? QStringLiteral("lead") : QStringLiteral("customer");
}

CustomerImportOptions ImportWizard::options() const
{
    CustomerImportOptions o;
    o.mode = ImportMode(m_mode->checkedId());
    o.keys.clear();
    for (QCheckBox *box : m_keys)
        if (box->isChecked())
            o.keys << MatchKey(box->property("key").toInt());
    o.mapping = m_mapping;
    o.dryRun = m_dryRun->isChecked();
    o.skipInvalid = m_skipInvalid->isChecked();
    o.rejectsPath = o.skipInvalid ? m_rejects->text().trimmed() : QString();
    return o;
}

} // namespace guanxi::ui
