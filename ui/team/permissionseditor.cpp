#include "team/permissionseditor.h"

#include "platform/result.h"
#include "platform/session.h"
#include "team/access.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
const QList<Role> columns = {Role::Admin, Role::Manager, Role::Sales};
}

PermissionsEditor::PermissionsEditor(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("permissionsEditor"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(int(Permissions::all().size()), int(columns.size()), this);
    m_table->setObjectName(QStringLiteral("permissionsTable"));
    QStringList headers;
    for (Role r : columns)
        headers << Roles::label(r);
    m_table->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (Permission p : Permissions::all())
        rows << Permissions::label(p);
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("permissionsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *save = new QPushButton(tr("&Save Permissions"), this);
    save->setObjectName(QStringLiteral("savePermissions"));
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QPushButton::clicked, this, [this] {
        if (Status s = this->save(); !s) {
            m_message->setStyleSheet(QStringLiteral("color:#c62828;"));
            m_message->setText(s.error().message);
        } else {
            m_message->setStyleSheet(QString());
            m_message->setText(tr("Saved. Each person gets the new permissions at their next login."));
            emit saved();
        }
    });
    load();
}

void PermissionsEditor::load()
{
    for (int c = 0; c < columns.size(); ++c) {
        const Role role = columns.at(c);
        const QSet<Permission> granted = AccessStore(m_session).permissions(role).value_or(QSet<Permission>());
        for (int r = 0; r < Permissions::all().size(); ++r) {
            auto *item = new QTableWidgetItem;
            const bool admin = role == Role::Admin;
            item->setFlags(admin ? Qt::ItemIsUserCheckable : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(admin || granted.contains(Permissions::all().at(r)) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(r, c, item);
        }
    }
}

Status PermissionsEditor::save()
{
    for (int c = 0; c < columns.size(); ++c) {
        if (columns.at(c) == Role::Admin)
            continue; // always everything
        QSet<Permission> set;
        for (int r = 0; r < Permissions::all().size(); ++r)
            if (m_table->item(r, c)->checkState() == Qt::Checked)
                set.insert(Permissions::all().at(r));
        if (Status s = AccessStore(m_session).setPermissions(columns.at(c), set); !s)
            return s;
    }
    return {};
}

} // namespace guanxi::ui
