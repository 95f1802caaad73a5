#include "leads/leaddialog.h"

#include "widgets/messagebar.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "leads/leadassignment.h"
#include "leads/leadstore.h"
#include "text/phone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi::ui {

LeadDialog::LeadDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("leadDialog"));
    setWindowTitle(tr("New lead"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    form->addRow(tr("&Name:"), line(QStringLiteral("name"), tr("The contact person, e.g. 张先生")));
    form->addRow(QString(), error(QStringLiteral("name")));
    form->addRow(tr("&Company:"), line(QStringLiteral("company")));
    form->addRow(tr("&Job title:"), line(QStringLiteral("title")));
    form->addRow(tr("&Phone:"), line(QStringLiteral("phone"), tr("e.g. 138 1234 5678")));
    form->addRow(QString(), error(QStringLiteral("phone")));
    // Not an error: a number that cannot be verified is saved as written.
    auto *phoneNote = new QLabel(this);
    phoneNote->setObjectName(QStringLiteral("lead_phoneNote"));
    phoneNote->setWordWrap(true);
    phoneNote->setStyleSheet(QStringLiteral("color:#8a5a00;"));
    phoneNote->hide();
    form->addRow(QString(), phoneNote);
    connect(m_edits.value(QStringLiteral("phone")), &QLineEdit::textChanged, phoneNote,
            [this, phoneNote](const QString &text) {
                const PhoneCheck check = PhoneNumber::check(text, m_session.defaultRegion());
                phoneNote->setText(text.trimmed().isEmpty() ? QString() : check.problem);
                phoneNote->setVisible(!phoneNote->text().isEmpty());
            });
    form->addRow(tr("&E-mail:"), line(QStringLiteral("email")));
    form->addRow(QString(), error(QStringLiteral("email")));
    form->addRow(tr("Ci&ty:"), line(QStringLiteral("city")));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("leadSourceCombo"));
    m_source->addItem(tr("(unknown)"), qint64(0));
    if (auto channels = ChannelStore(session).list())
        for (const SourceChannel &c : *channels)
            m_source->addItem(ChannelStore::displayName(c), c.id);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Ca&mpaign:"), line(QStringLiteral("campaign"), tr("e.g. 2026 春季展会")));
    form->addRow(tr("&Interested in:"), line(QStringLiteral("product"), tr("Products or services")));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("leadNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("N&otes:"), m_notes);
    m_pool = new QCheckBox(tr("Put it in the public pool for anyone to claim"), this);
    m_pool->setObjectName(QStringLiteral("leadPoolCheck"));
    form->addRow(QString(), m_pool);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveLeadButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeadDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(qMax(480, sizeHint().width()), sizeHint().height());
}

QLineEdit *LeadDialog::line(const QString &objectName, const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(QStringLiteral("lead_") + objectName);
    e->setPlaceholderText(placeholder);
    m_edits.insert(objectName, e);
    return e;
}

QLabel *LeadDialog::error(const QString &field)
{
    return m_errors.add(field, QStringLiteral("lead_") + field + QStringLiteral("Error"));
}

void LeadDialog::accept()
{
    Lead l;
    l.name = m_edits.value(QStringLiteral("name"))->text();
    l.company = m_edits.value(QStringLiteral("company"))->text();
    l.jobTitle = m_edits.value(QStringLiteral("title"))->text();
    l.phone = m_edits.value(QStringLiteral("phone"))->text();
    l.email = m_edits.value(QStringLiteral("email"))->text();
    l.city = m_edits.value(QStringLiteral("city"))->text();
    l.campaign = m_edits.value(QStringLiteral("campaign"))->text();
    l.productInterest = m_edits.value(QStringLiteral("product"))->text();
    l.notes = m_notes->toPlainText();
    l.sourceId = m_source->currentData().toLongLong();
    l.ownerId = m_pool->isChecked() ? 0 : m_session.userId();
    m_errors.clear();
    QList<Error> problems = Leads::validate(l, m_session.defaultRegion());
    if (problems.isEmpty()) {
        auto id = LeadStore(m_session).create(l);
        if (id) {
            m_id = *id;
            if (l.ownerId == 0)
                (void)LeadAssignment(m_session).assign({m_id}); // a rule may give it an owner; else it waits in the pool
            QDialog::accept();
            return;
        }
        problems << id.error();
    }
    m_errors.show(problems, m_messages);
}

} // namespace guanxi::ui
