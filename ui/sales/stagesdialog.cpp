#include "sales/stagesdialog.h"

#include "widgets/messagebar.h"
#include "sales/dealstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi::ui {

StagesDialog::StagesDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("stagesDialog"));
    setWindowTitle(tr("Funnel stages"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *rename = new QPushButton(tr("Re&name…"), this);
    auto *probability = new QPushButton(tr("&Probability…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    for (QPushButton *b : {add, rename, probability, remove})
        row->addWidget(b);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &StagesDialog::add);
    connect(rename, &QPushButton::clicked, this, &StagesDialog::rename);
    connect(probability, &QPushButton::clicked, this, &StagesDialog::setProbability);
    connect(remove, &QPushButton::clicked, this, &StagesDialog::remove);
    reload();
    resize(420, 380);
}

void StagesDialog::reload()
{
    const qint64 keep = currentId();
    m_list->clear();
    auto stages = DealStore(m_session).stages();
    if (!stages)
        return;
    for (const DealStage &s : *stages) {
        QString kind;
        if (s.kind == StageKind::Won)
            kind = tr(" (won)");
        else if (s.kind == StageKind::Lost)
            kind = tr(" (lost)");
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 %%3").arg(Deals::stageName(s)).arg(s.probability).arg(kind), m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == keep)
            m_list->setCurrentItem(item);
    }
}

qint64 StagesDialog::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void StagesDialog::add()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add stage"), tr("Name of the new stage (it goes before Won):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const int probability = QInputDialog::getInt(this, tr("Add stage"), tr("Default win probability (%):"), 50, 0, 100, 5, &ok);
    if (!ok)
        return;
    DealStage s;
    s.name = name;
    s.probability = probability;
    if (auto id = DealStore(m_session).addStage(s); !id)
        m_messages->showMessage(id.error().message, MessageBar::Kind::Error);
    reload();
}

void StagesDialog::rename()
{
    DealStore store(m_session);
    auto found = store.stage(currentId());
    if (!found)
        return;
    DealStage s = *found;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename stage"), tr("New name:"), QLineEdit::Normal,
                                               Deals::stageName(s), &ok);
    if (!ok)
        return;
    s.name = name;
    if (Status st = store.updateStage(s); !st)
        m_messages->showMessage(st.error().message, MessageBar::Kind::Error);
    reload();
}

void StagesDialog::setProbability()
{
    DealStore store(m_session);
    auto found = store.stage(currentId());
    if (!found)
        return;
    DealStage s = *found;
    bool ok = false;
    const int p = QInputDialog::getInt(this, tr("Win probability"), tr("Default win probability for “%1” (%):").arg(Deals::stageName(s)),
                                       s.probability, 0, 100, 5, &ok);
    if (!ok)
        return;
    s.name = Deals::stageName(s);
    s.probability = p;
    if (Status st = store.updateStage(s); !st)
        m_messages->showMessage(st.error().message, MessageBar::Kind::Error);
    reload();
}

void StagesDialog::remove()
{
    if (const qint64 id = currentId())
        if (Status s = DealStore(m_session).removeStage(id); !s)
            m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
    reload();
}

} // namespace guanxi::ui
