#include "reports/rfmsegmentdialog.h"

#include "backgroundtask.h"

#include "analytics/rfm.h"
#include "platform/db/database.h"
#include "platform/db/transaction.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "customers/savedviewstore.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace guanxi::ui {

RfmSegmentDialog::RfmSegmentDialog(Session &session, const Report &rfm, QWidget *parent)
    : QDialog(parent), m_session(session), m_report(rfm), m_segment(new QComboBox(this)),
      m_tag(new QLineEdit(this)), m_view(new QCheckBox(tr("Also save a customer &view that lists them"), this))
{
    setWindowTitle(tr("Save Segment as Tag"));
    m_segment->setObjectName(QStringLiteral("segment"));
    m_tag->setObjectName(QStringLiteral("tag"));
    m_view->setChecked(true);
    if (const ReportTable *segments = m_report.table(QStringLiteral("segments"))) {
        const int name = segments->column(QStringLiteral("segment")),
                  code = segments->column(QStringLiteral("segment_code")),
                  count = segments->column(QStringLiteral("customers"));
        for (const QVariantList &row : segments->rows)
            if (row.value(count).toLongLong() > 0)
                m_segment->addItem(tr("%1 (%Ln customer(s))", nullptr, row.value(count).toInt()).arg(row.value(name).toString()),
                                   row.value(code));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(QString(), m_view);
    auto *note = new QLabel(tr("The tag is a snapshot of this analysis: customers keep it when their scores change. "
                               "Run RFM again and save a new tag to refresh the list."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_segment->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RfmSegmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_segment, &QComboBox::currentIndexChanged, this, &RfmSegmentDialog::suggestName);
    connect(m_tag, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    suggestName();
}

void RfmSegmentDialog::suggestName()
{
    if (m_nameEdited || m_segment->currentIndex() < 0)
        return;
    const QString label = m_segment->currentText().section(QStringLiteral(" ("), 0, 0);
    m_tag->setText(QStringLiteral("RFM %1 %2").arg(label, m_report.generated.date().toString(Qt::ISODate)));
}

QList<qint64> RfmSegmentDialog::customersOf(const QString &segmentCode) const
{
    QList<qint64> ids;
    const ReportTable *rows = m_report.table(QStringLiteral("rfm"));
    if (!rows)
        return ids;
    const int id = rows->column(QStringLiteral("customer_id")), code = rows->column(QStringLiteral("segment_code"));
    for (const QVariantList &row : rows->rows)
        if (row.value(code).toString() == segmentCode)
            ids << row.value(id).toLongLong();
    return ids;
}

void RfmSegmentDialog::accept()
{
    const QString tag = m_tag->text().simplified();
    if (tag.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Type a name for the tag."));
        m_tag->setFocus();
        return;
    }
    const QList<qint64> ids = customersOf(m_segment->currentData().toString());
    const bool saveView = m_view->isChecked();
    const WorkerSpec worker = m_session.worker();
    Result<qint64> tagged = Error{tr("Nothing was saved."), {}, {}};
    qint64 viewId = 0;
    runInBackground(this, tr("Tagging %Ln customer(s)…", nullptr, int(ids.size())), [&](TaskControl &control) {
        auto opened = worker.open(false);
        if (!opened) {
            tagged = opened.error();
            return;
        }
        Session &session = (*opened)->session();
        Transaction tx((*opened)->db());   // the tag and the view land together or not at all
        if (Status s = tx.begin(); !s) {
            tagged = s.error();
            return;
        }
        tagged = CustomerStore(session).addTag(ids, tag, &control.cancelled);
        if (!tagged)
            return;
        if (saveView) {
            CustomerListQuery query;
            query.tag = tag;
            auto id = SavedViewStore(session).save(tag, query);
            if (!id) {
                tagged = id.error();
                return;
            }
            viewId = *id;
        }
        if (Status s = tx.commit(); !s)
            tagged = s.error();
    });
    if (!tagged) {
        MessageBox::warning(this, windowTitle(), tagged.error().message);
        return;
    }
    m_tagged = *tagged;
    m_viewId = viewId;
    emit m_session.customersChanged({});
    emit m_session.lookupsChanged();
    QDialog::accept();
}

} // namespace guanxi::ui
