#include "customers/customfieldsdialog.h"

#include "widgets/messagebar.h"
#include "customers/customfieldstore.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace guanxi::ui {

CustomFieldsDialog::CustomFieldsDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom fields"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("fieldList"));
    layout->addWidget(m_list, 1);
    m_remove = new QPushButton(tr("&Remove field…"), this);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);

    auto *group = new QGroupBox(tr("New field"), this);
    auto *form = new QFormLayout(group);
    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("fieldNameEdit"));
    m_name->setPlaceholderText(tr("e.g. 客户等级, Budget, Contract end"));
    form->addRow(tr("&Name:"), m_name);
    m_type = new QComboBox(group);
    m_type->setObjectName(QStringLiteral("fieldTypeCombo"));
    for (CustomFieldType t : CustomField::types())
        m_type->addItem(CustomField::typeLabel(t), CustomField::typeCode(t));
    form->addRow(tr("&Type:"), m_type);
    m_choices = new QLineEdit(group);
    m_choices->setObjectName(QStringLiteral("fieldChoicesEdit"));
    m_choices->setPlaceholderText(tr("Choices separated by commas, e.g. A, B, C"));
    form->addRow(tr("&Choices:"), m_choices);
    auto *add = new QPushButton(tr("&Add field"), group);
    add->setObjectName(QStringLiteral("addFieldButton"));
    form->addRow(QString(), add);
    layout->addWidget(group);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &CustomFieldsDialog::addField);
    connect(m_remove, &QPushButton::clicked, this, &CustomFieldsDialog::removeField);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldsDialog::updateChoicesEnabled);
    updateChoicesEnabled();
    reload();
    resize(480, 460);
}

void CustomFieldsDialog::reload()
{
    m_list->clear();
    auto fields = CustomFieldStore(m_session).list();
    if (!fields) {
        m_messages->showMessage(fields.error().message, MessageBar::Kind::Error);
        return;
    }
    for (const CustomField &f : *fields) {
        QString text = QStringLiteral("%1 — %2").arg(f.name, CustomField::typeLabel(f.type));
        if (!f.choices.isEmpty())
            text += QStringLiteral(" (%1)").arg(f.choices.join(QStringLiteral(", ")));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, f.name);
    }
    m_remove->setEnabled(m_list->count() > 0);
}

void CustomFieldsDialog::updateChoicesEnabled()
{
    const auto type = CustomField::typeFromCode(m_type->currentData().toString());
    m_choices->setEnabled(type == CustomFieldType::Choice || type == CustomFieldType::MultiChoice);
}

void CustomFieldsDialog::addField()
{
    CustomField f;
    f.name = m_name->text();
    f.type = CustomField::typeFromCode(m_type->currentData().toString()).value_or(CustomFieldType::Text);
    if (m_choices->isEnabled())
        for (const QString &c : m_choices->text().split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty() && !f.choices.contains(c.trimmed()))
                f.choices << c.trimmed();
    auto id = CustomFieldStore(m_session).add(f);
    if (!id) {
        m_messages->showMessage(id.error().message, MessageBar::Kind::Error);
        return;
    }
    m_messages->hide();
    m_name->clear();
    m_choices->clear();
    reload();
}

void CustomFieldsDialog::removeField()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_messages->showMessage(tr("Select the field to remove first."), MessageBar::Kind::Information);
        return;
    }
    const QString name = item->data(Qt::UserRole + 1).toString();
    if (MessageBox::warning(this, tr("Remove field"),
                            tr("Remove the field “%1” and its values from every customer? This cannot be undone.").arg(name),
                            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    if (Status s = CustomFieldStore(m_session).remove(item->data(Qt::UserRole).toLongLong()); !s)
        m_messages->showMessage(s.error().message, MessageBar::Kind::Error);
    reload();
}

} // namespace guanxi::ui
