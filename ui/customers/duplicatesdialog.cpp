#include "customers/duplicatesdialog.h"

#include "customers/customermerge.h"
#include "platform/session.h"
#include "customers/customerstore.h"
#include "customers/mergestore.h"
#include "messagebox.h"
#include "widgets/listtable.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace guanxi::ui {

namespace {
enum Choice { KeepA, TakeB, Both };

// One row of the side-by-side compare: how to show a field, and how to copy
// it from one record to another. Lists can also be combined.
struct FieldRow {
    const char *label;
    std::function<QString(const Customer &)> text;
    std::function<void(Customer &to, const Customer &from)> copy;
    bool list = false;
};

QString joined(const QStringList &l)
{
    return l.join(QStringLiteral(", "));
}

const QList<FieldRow> &fieldRows()
{
    static const QList<FieldRow> rows = {
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Name"), [](const Customer &c) { return c.name; },
         [](Customer &t, const Customer &f) { t.name = f.name; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Company"), [](const Customer &c) { return c.companyName; },
         [](Customer &t, const Customer &f) { t.companyId = f.companyId; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Job title"), [](const Customer &c) { return c.jobTitle; },
         [](Customer &t, const Customer &f) { t.jobTitle = f.jobTitle; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Phones"),
         [](const Customer &c) {
             QStringList l;
             for (const Phone &p : c.phones)
                 l << p.raw;
             return joined(l);
         },
         [](Customer &t, const Customer &f) { t.phones = f.phones; }, true},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "E-mails"),
         [](const Customer &c) {
             QStringList l;
             for (const Email &e : c.emails)
                 l << e.address;
             return joined(l);
         },
         [](Customer &t, const Customer &f) { t.emails = f.emails; }, true},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Province"), [](const Customer &c) { return c.province; },
         [](Customer &t, const Customer &f) { t.province = f.province; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "City"), [](const Customer &c) { return c.city; },
         [](Customer &t, const Customer &f) { t.city = f.city; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Address"), [](const Customer &c) { return c.address; },
         [](Customer &t, const Customer &f) { t.address = f.address; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Industry"), [](const Customer &c) { return c.industry; },
         [](Customer &t, const Customer &f) { t.industry = f.industry; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Stage"), [](const Customer &c) { return Customers::stageLabel(c.stage); },
         [](Customer &t, const Customer &f) { t.stage = f.stage; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Tags"), [](const Customer &c) { return joined(c.tags); },
         [](Customer &t, const Customer &f) { t.tags = f.tags; }, true},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Notes"), [](const Customer &c) { return c.notes; },
         [](Customer &t, const Customer &f) { t.notes = f.notes; }},
        {QT_TRANSLATE_NOOP("DuplicatesDialog", "Birthday"),
         [](const Customer &c) { return c.birthday.isValid() ? QLocale().toString(c.birthday, QLocale::ShortFormat) : QString(); },
         [](Customer &t, const Customer &f) { t.birthday = f.birthday; }},
    };
    return rows;
}

QTableWidget *plainTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    QTableWidget *t = listTable(parent, name, headers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}
} // namespace

DuplicatesDialog::DuplicatesDialog(Session &session, QList<DuplicateGroup> groups, QWidget *parent)
    : QDialog(parent), m_session(session), m_groups(std::move(groups))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));
    auto *outer = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    outer->addWidget(tabs);

    auto *findTab = new QWidget(tabs);
    auto *findLayout = new QVBoxLayout(findTab);
    auto *intro = new QLabel(m_groups.isEmpty()
                                 ? tr("No duplicates found: no two customers share a phone, an e-mail, a company name, "
                                      "or a name at the same company.")
                                 : tr("%n group(s) of customers look like the same person or company. Choose the "
                                      "values to keep and merge: orders, deals, follow-ups and history move to the "
                                      "kept record, and the other goes to the trash. A merge can be undone under "
                                      "Merges.",
                                      nullptr, int(m_groups.size())),
                             findTab);
    intro->setObjectName(QStringLiteral("duplicatesIntro"));
    intro->setWordWrap(true);
    findLayout->addWidget(intro);
    auto *split = new QSplitter(Qt::Horizontal, findTab);
    m_groupList = new QTreeWidget(split);
    m_groupList->setObjectName(QStringLiteral("duplicateGroups"));
    m_groupList->setHeaderLabels({tr("Score"), tr("Customers"), tr("Why")});
    m_groupList->setRootIsDecorated(false);
    for (const DuplicateGroup &g : m_groups)
        new QTreeWidgetItem(m_groupList, {QString::number(g.score), g.names.join(QStringLiteral(" · ")),
                                          g.reasons.join(QStringLiteral("; "))});
    m_groupList->resizeColumnToContents(0);
    m_groupList->setColumnWidth(1, 220);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    m_keep = new QComboBox(right);
    m_keep->setObjectName(QStringLiteral("duplicateKeepCombo"));
    m_other = new QComboBox(right);
    m_other->setObjectName(QStringLiteral("duplicateOtherCombo"));
    pick->addWidget(new QLabel(tr("Keep:"), right));
    pick->addWidget(m_keep, 1);
    pick->addWidget(new QLabel(tr("Merge into it:"), right));
    pick->addWidget(m_other, 1);
    rightLayout->addLayout(pick);
    m_compare = plainTable(right, QStringLiteral("duplicateCompare"), {tr("Field"), tr("Kept record"), tr("Other record"), tr("Both")});
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    rightLayout->addWidget(m_compare, 1);
    m_message = new QLabel(right);
    m_message->setObjectName(QStringLiteral("duplicateMessage"));
    m_message->setWordWrap(true);
    rightLayout->addWidget(m_message);
    m_mergeButton = new QPushButton(tr("&Merge"), right);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    rightLayout->addWidget(m_mergeButton, 0, Qt::AlignRight);
    split->setStretchFactor(1, 2);
    findLayout->addWidget(split, 1);
    tabs->addTab(findTab, tr("&Duplicates"));

    auto *historyTab = new QWidget(tabs);
    auto *historyLayout = new QVBoxLayout(historyTab);
    m_history = plainTable(historyTab, QStringLiteral("mergeHistory"),
                           {tr("When"), tr("By"), tr("Kept"), tr("Merged into it"), tr("Undone")});
    historyLayout->addWidget(m_history, 1);
    m_undoButton = new QPushButton(tr("&Undo Merge"), historyTab);
    m_undoButton->setObjectName(QStringLiteral("undoMergeButton"));
    historyLayout->addWidget(m_undoButton, 0, Qt::AlignRight);
    tabs->addTab(historyTab, tr("M&erges"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_groupList, &QTreeWidget::currentItemChanged, this, [this] { showGroup(); });
    connect(m_keep, &QComboBox::activated, this, [this] { showPair(); });
    connect(m_other, &QComboBox::activated, this, [this] { showPair(); });
    connect(m_mergeButton, &QPushButton::clicked, this, &DuplicatesDialog::merge);
    connect(m_undoButton, &QPushButton::clicked, this, &DuplicatesDialog::undoSelected);
    resize(1000, 600);
    reloadHistory();
    if (!m_groups.isEmpty())
        selectGroup(0);
    split->setVisible(!m_groups.isEmpty());
    findLayout->addStretch(m_groups.isEmpty() ? 1 : 0);
    m_mergeButton->setEnabled(!m_groups.isEmpty() && mayMerge());
    // A role without the Merge permission sees the duplicates and why not.
    if (Status allowed = m_session.require(Permission::Merge); !allowed) {
        m_mergeButton->setToolTip(allowed.error().message);
        m_undoButton->setToolTip(allowed.error().message);
        m_undoButton->setEnabled(false);
    }
}

bool DuplicatesDialog::mayMerge() const
{
    return m_session.access().can(Permission::Merge);
}

void DuplicatesDialog::selectGroup(int index)
{
    m_groupList->setCurrentItem(m_groupList->topLevelItem(index));
}

void DuplicatesDialog::showGroup()
{
    const int index = m_groupList->indexOfTopLevelItem(m_groupList->currentItem());
    m_keep->clear();
    m_other->clear();
    if (index < 0)
        return;
    const DuplicateGroup &g = m_groups.at(index);
    for (int i = 0; i < g.ids.size(); ++i) {
        const QString label = QStringLiteral("%1 (#%2)").arg(g.names.value(i)).arg(g.ids.at(i));
        m_keep->addItem(label, g.ids.at(i));
        m_other->addItem(label, g.ids.at(i));
    }
    m_other->setCurrentIndex(g.ids.size() > 1 ? 1 : 0);
    showPair();
}

void DuplicatesDialog::showPair()
{
    qDeleteAll(m_choices);
    m_choices.clear();
    m_compare->setRowCount(0);
    CustomerStore store(m_session);
    const qint64 idA = m_keep->currentData().toLongLong(), idB = m_other->currentData().toLongLong();
    // The merge takes the records as stored; what is compared on screen is
    // what this session may see (a pool customer masked, see PhoneMask).
    auto a = store.get(idA);
    auto b = store.get(idB);
    auto shownA = store.read(idA);
    auto shownB = store.read(idB);
    const bool same = m_keep->currentIndex() == m_other->currentIndex();
    const bool found = a && b && shownA && shownB;
    m_mergeButton->setEnabled(found && !same && !a->isDeleted() && !b->isDeleted() && mayMerge());
    if (!found) {
        m_message->setText((!a ? a.error() : !b ? b.error() : !shownA ? shownA.error() : shownB.error()).message);
        return;
    }
    m_a = *a;
    m_b = *b;
    m_message->setText(same ? tr("Choose two different customers.")
                       : (m_a.isDeleted() || m_b.isDeleted())
                           ? tr("One of them is in the trash already (merged or deleted). Refresh with Find Duplicates.")
                           : QString());
    const QList<FieldRow> &rows = fieldRows();
    m_compare->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const FieldRow &f = rows.at(r);
        m_compare->setItem(r, 0, new QTableWidgetItem(tr(f.label)));
        auto *group = new QButtonGroup(this);
        const QString va = f.text(*shownA), vb = f.text(*shownB);
        auto *ra = new QRadioButton(va.isEmpty() ? tr("(empty)") : va, m_compare);
        auto *rb = new QRadioButton(vb.isEmpty() ? tr("(empty)") : vb, m_compare);
        ra->setObjectName(QStringLiteral("keep_%1").arg(r));
        rb->setObjectName(QStringLiteral("take_%1").arg(r));
        group->addButton(ra, KeepA);
        group->addButton(rb, TakeB);
        m_compare->setCellWidget(r, 1, ra);
        m_compare->setCellWidget(r, 2, rb);
        if (f.list) {
            auto *both = new QRadioButton(tr("both"), m_compare);
            both->setObjectName(QStringLiteral("both_%1").arg(r));
            group->addButton(both, Both);
            m_compare->setCellWidget(r, 3, both);
            both->setChecked(true);
        } else {
            (va.isEmpty() && !vb.isEmpty() ? rb : ra)->setChecked(true);
        }
        if (va == vb) {
            ra->setEnabled(false);
            rb->setEnabled(false);
        }
        m_choices << group;
    }
    m_compare->resizeColumnsToContents();
}

Customer DuplicatesDialog::mergedCustomer() const
{
    Customer result = CustomerMerge::proposal(m_a, m_b);
    const QList<FieldRow> &rows = fieldRows();
    for (int r = 0; r < rows.size() && r < m_choices.size(); ++r) {
        const int choice = m_choices.at(r)->checkedId();
        if (choice == KeepA)
            rows.at(r).copy(result, m_a);
        else if (choice == TakeB)
            rows.at(r).copy(result, m_b);
        // Both: the proposal already combined the lists.
    }
    return result;
}

void DuplicatesDialog::merge()
{
    const Customer result = mergedCustomer();
    auto id = CustomerMerge::merge(m_session, m_a.id, m_b.id, result);
    if (!id) {
        m_message->setText(id.error().message);
        return;
    }
    m_message->setText(tr("Merged “%1” into “%2”. Undo it under Merges if that was wrong.").arg(m_b.name, m_a.name));
    emit merged();
    // The merged record left its group; groups of one are done.
    const int index = m_groupList->indexOfTopLevelItem(m_groupList->currentItem());
    DuplicateGroup &g = m_groups[index];
    const qsizetype at = g.ids.indexOf(m_b.id);
    g.ids.removeAt(at);
    g.names.removeAt(at);
    if (g.ids.size() < 2) {
        m_groups.removeAt(index);
        delete m_groupList->takeTopLevelItem(index);
    } else {
        m_groupList->currentItem()->setText(1, g.names.join(QStringLiteral(" · ")));
        showGroup();
    }
    if (m_groups.isEmpty()) {
        m_compare->setRowCount(0);
        m_mergeButton->setEnabled(false);
    }
    reloadHistory();
}

void DuplicatesDialog::reloadHistory()
{
    auto list = MergeStore(m_session).all();
    m_history->setRowCount(0);
    if (!list)
        return;
    m_history->setRowCount(int(list->size()));
    const QLocale locale;
    for (int r = 0; r < list->size(); ++r) {
        const MergeRecord &m = list->at(r);
        const QStringList cells = {locale.toString(m.mergedAt.toLocalTime(), QLocale::ShortFormat), m.userName,
                                   QStringLiteral("%1 (#%2)").arg(m.survivorName).arg(m.survivorId),
                                   QStringLiteral("%1 (#%2)").arg(m.mergedName).arg(m.mergedId),
                                   m.undoneAt.isValid() ? locale.toString(m.undoneAt.toLocalTime(), QLocale::ShortFormat)
                                                        : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, m.id);
            m_history->setItem(r, c, item);
        }
    }
    m_history->resizeColumnsToContents();
}

void DuplicatesDialog::undoSelected()
{
    const int row = m_history->currentRow();
    if (row < 0) {
        MessageBox::information(this, tr("Undo Merge"), tr("Select the merge to undo."));
        return;
    }
    const qint64 id = m_history->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (MessageBox::question(this, tr("Undo Merge"),
                             tr("Put both customers back as they were before the merge? Changes made to the kept "
                                "customer since then are replaced by its earlier values."))
        != QMessageBox::Yes)
        return;
    if (Status s = CustomerMerge::undo(m_session, id); !s) {
        MessageBox::warning(this, tr("Undo Merge"), s.error().message);
        return;
    }
    emit merged();
    reloadHistory();
}

} // namespace guanxi::ui
