#include "team/auditpage.h"

#include "formats/csvwriter.h"
#include "messagebox.h"
#include "platform/auditstore.h"
#include "platform/session.h"
#include "team/permission.h"
#include "team/userstore.h"
#include "widgets/dateedits.h"
#include "widgets/listtable.h"
#include "widgets/messagebar.h"

#include <QComboBox>
#include <QSpinBox>

#include <limits>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
enum Column { TimeColumn, UserColumn, ActionColumn, RecordColumn, DetailColumn };

// A stored code read back for people: a role's or a permission's label.
QString readableValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << readableValue(v);
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QLocale().toString(qint64(value.toDouble()));
    const QString text = value.toVariant().toString();
    if (auto role = Roles::fromCode(text))
        return Roles::label(*role);
    if (auto permission = Permissions::fromCode(text))
        return Permissions::label(*permission);
    return text;
}
} // namespace

AuditPage::AuditPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("auditPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildFilters();
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->hide();
    layout->addWidget(m_message);
    m_table = listTable(this, QStringLiteral("auditTable"),
                        {tr("Time"), tr("User"), tr("Action"), tr("Record"), tr("Details")});
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
}

void AuditPage::buildFilters()
{
    auto *row = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->addItem(tr("Everyone"), 0);
    if (auto users = UserStore(m_session).list(true))
        for (const User &u : *users) {
            m_user->addItem(u.displayName, u.id);
            m_userNames.insert(u.id, u.displayName);
        }
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("All actions"), QString());
    for (AuditAction a : AuditActions::all())
        m_action->addItem(AuditActions::label(a), AuditActions::code(a));
    // The record an event is about: a kind and, optionally, its number.
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditRecordFilter"));
    m_entity->addItem(tr("Any record"), QString());
    m_entity->addItem(tr("Customer"), QStringLiteral("customer"));
    m_entity->addItem(tr("Lead"), QStringLiteral("lead"));
    m_entity->addItem(tr("Team member"), QStringLiteral("user"));
    m_entityId = new QSpinBox(this);
    m_entityId->setObjectName(QStringLiteral("auditRecordNumber"));
    m_entityId->setRange(0, std::numeric_limits<int>::max());
    m_entityId->setSpecialValueText(tr("any number"));
    m_since = makeOptionalDateEdit(this);
    m_since->setObjectName(QStringLiteral("auditSince"));
    m_until = makeOptionalDateEdit(this);
    m_until->setObjectName(QStringLiteral("auditUntil"));
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    row->addWidget(label(tr("&User:"), m_user));
    row->addWidget(m_user);
    row->addWidget(label(tr("&Action:"), m_action));
    row->addWidget(m_action);
    row->addWidget(label(tr("&Record:"), m_entity));
    row->addWidget(m_entity);
    row->addWidget(m_entityId);
    row->addWidget(label(tr("&From:"), m_since));
    row->addWidget(m_since);
    row->addWidget(label(tr("U&ntil:"), m_until));
    row->addWidget(m_until);
    row->addWidget(m_count, 1);
    row->addWidget(exportButton);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_entityId, &QSpinBox::valueChanged, this, &AuditPage::reload);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(m_until, &QDateEdit::dateChanged, this, &AuditPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportFile);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    AuditStore::Filter filter;
    filter.userId = m_user->currentData().toLongLong();
    filter.action = AuditActions::fromCode(m_action->currentData().toString());
    filter.entity = m_entity->currentData().toString();
    filter.entityId = m_entityId->value();
    if (const QDate since = optionalDate(m_since); since.isValid())
        filter.since = since.startOfDay();
    if (const QDate until = optionalDate(m_until); until.isValid())
        filter.until = until.addDays(1).startOfDay(); // the whole day named
    auto events = AuditStore(m_session).list(filter);
    m_table->setRowCount(0);
    m_events.clear();
    if (!events) {
        m_message->showMessage(events.error().message, MessageBar::Kind::Error, false);
        m_count->clear();
        return;
    }
    m_message->hide();
    m_events = *events;
    m_table->setRowCount(int(m_events.size()));
    for (int r = 0; r < m_events.size(); ++r) {
        const AuditEvent &e = m_events.at(r);
        const QStringList cells = {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), userText(e),
                                   AuditActions::label(e.action), recordText(e), detailText(e.detail)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == DetailColumn)
                item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    for (int c = TimeColumn; c < DetailColumn; ++c)
        m_table->resizeColumnToContents(c);
    m_count->setText(filter.limit == m_events.size()
                         ? tr("The newest %n event(s); narrow the dates to see older ones", nullptr, int(m_events.size()))
                         : tr("%n event(s)", nullptr, int(m_events.size())));
}

int AuditPage::rowCount() const
{
    return m_table->rowCount();
}

QString AuditPage::userText(const AuditEvent &e) const
{
    if (e.userId == 0)
        return e.login.isEmpty() ? QString() : tr("“%1” (no such login)").arg(e.login);
    return e.userName.isEmpty() ? m_userNames.value(e.userId) : e.userName;
}

QString AuditPage::recordText(const AuditEvent &e) const
{
    if (e.entity == QStringLiteral("user"))
        return e.entityId ? m_userNames.value(e.entityId, tr("Team member %1").arg(e.entityId)) : QString();
    if (e.entity == QStringLiteral("customer"))
        return tr("Customer %1").arg(e.entityId);
    if (e.entity == QStringLiteral("lead"))
        return tr("Lead %1").arg(e.entityId);
    if (e.entity == QStringLiteral("role"))
        return tr("Role");
    return e.entityId ? e.entity + u' ' + QString::number(e.entityId) : e.entity;
}

QString AuditPage::detailText(const QJsonObject &detail)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("file"), QT_TR_NOOP("File")},         {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("filter"), QT_TR_NOOP("Filter")},     {QStringLiteral("old"), QT_TR_NOOP("Before")},
        {QStringLiteral("new"), QT_TR_NOOP("After")},         {QStringLiteral("from"), QT_TR_NOOP("Before")},
        {QStringLiteral("to"), QT_TR_NOOP("After")},          {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("team"), QT_TR_NOOP("Team")},         {QStringLiteral("login"), QT_TR_NOOP("Login")},         {QStringLiteral("permissions"), QT_TR_NOOP("Permissions")},
    };
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const QString name = it.key() == QStringLiteral("sha256") ? QStringLiteral("SHA-256")
                             : names.contains(it.key())           ? tr(names.value(it.key()))
                                                                  : it.key();
        parts << tr("%1: %2").arg(name, readableValue(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

void AuditPage::exportFile()
{
    if (Status allowed = m_session.require(Permission::Export); !allowed) {
        MessageBox::warning(this, tr("Export Audit Trail"), allowed.error().message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Trail"),
                                                      QDir::homePath() + QStringLiteral("/guanxi-audit.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s) {
        MessageBox::warning(this, tr("Export Audit Trail"), s.error().message);
        return;
    }
    m_message->showMessage(tr("Exported %n event(s) to “%1”.", nullptr, int(m_events.size()))
                               .arg(QDir::toNativeSeparators(path)),
                           MessageBar::Kind::Information);
}

Status AuditPage::exportTo(const QString &path)
{
    if (Status allowed = m_session.require(Permission::Export); !allowed)
        return allowed;
    CsvWriter csv(path);
    if (Status s = csv.open(); !s)
        return s;
    csv.writeRow({tr("Time"), tr("User"), tr("Login"), tr("Action"), tr("Record"), tr("Details")});
    for (const AuditEvent &e : std::as_const(m_events))
        csv.writeRow({e.at.toString(Qt::ISODate), userText(e), e.login, AuditActions::label(e.action), recordText(e),
                      detailText(e.detail)});
    if (Status s = csv.commit(); !s)
        return s;
    const QJsonObject filter = {{QStringLiteral("user"), m_user->currentData().toLongLong()},
                                {QStringLiteral("action"), m_action->currentData().toString()},
                                {QStringLiteral("record"), m_entity->currentData().toString()},
                                {QStringLiteral("number"), m_entityId->value()},
                                {QStringLiteral("since"), optionalDate(m_since).toString(Qt::ISODate)},
                                {QStringLiteral("until"), optionalDate(m_until).toString(Qt::ISODate)}};
    return AuditStore(m_session).recordExport(path, QStringLiteral("audit"), filter, m_events.size());
}

} // namespace guanxi::ui
