#include "customers/customerdialog.h"

#include "widgets/dateedits.h"
#include "widgets/messagebar.h"
#include "platform/session.h"
#include "team/channelstore.h"
#include "customers/customerstore.h"
#include "customers/customfieldstore.h"
#include "customers/duplicatestore.h"
#include "team/userstore.h"
#include "text/phone.h"
#include "text/pinyin.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace guanxi::ui {

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;，；、]"));
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}
const QString listSeparator = QStringLiteral(", ");
} // namespace

CustomerDialog::CustomerDialog(Session &session, Saver saver, QWidget *parent)
    : QDialog(parent), m_session(session), m_saver(std::move(saver))
{
    setObjectName(QStringLiteral("customerDialog"));
    auto *outer = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    outer->addWidget(m_messages);

    auto *columns = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *f : {left, right})
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    buildContactColumn(left);
    buildSalesColumn(right);
    buildNotesAndMoreFields(outer);
    outer->addWidget(buildButtons());
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerDialog::updateKind);
    connect(m_company, &QLineEdit::textEdited, this, &CustomerDialog::updateCompanyCompletions);
    connect(m_name, &QLineEdit::textChanged, this, &CustomerDialog::updateTitle);
    connect(m_messages, &MessageBar::linkActivated, this, [this](const QString &link) {
        if (!link.startsWith(QStringLiteral("open:")))
            return;
        m_openExisting = link.mid(5).toLongLong();
        reject(); // nothing of the new customer is saved
    });

    fillLookups();
    setNavigator({});
    resize(sizeHint().expandedTo(QSize(760, 0)));
}

void CustomerDialog::buildContactColumn(QFormLayout *left)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(Customers::kindLabel(CustomerKind::Person), Customers::kindCode(CustomerKind::Person));
    m_kind->addItem(Customers::kindLabel(CustomerKind::Company), Customers::kindCode(CustomerKind::Company));
    left->addRow(tr("T&ype:"), m_kind);
    m_name = addLine(left, tr("&Name:"), QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Required, e.g. 张伟 or Acme Ltd."));
    addErrorLabel(left, CustomerField::Name);
    m_company = addLine(left, tr("C&ompany:"), QStringLiteral("companyEdit"));
    m_company->setPlaceholderText(tr("Start typing a company's name"));
    m_companyNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_companyNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_company->setCompleter(completer);
    addErrorLabel(left, CustomerField::Company);
    m_jobTitle = addLine(left, tr("&Job title:"), QStringLiteral("jobTitleEdit"));
    m_phones = addLine(left, tr("&Phones:"), QStringLiteral("phonesEdit"));
    m_phones->setPlaceholderText(tr("e.g. 138 1234 5678, 010-8888 6666"));
    addErrorLabel(left, CustomerField::Phones);
    // Not an error: a number that cannot be verified is saved as written; the
    // note says which and why while it is typed.
    auto *phoneNote = new QLabel(this);
    phoneNote->setObjectName(QStringLiteral("phonesNote"));
    phoneNote->setWordWrap(true);
    phoneNote->setStyleSheet(QStringLiteral("color:#8a5a00;"));
    phoneNote->hide();
    left->addRow(QString(), phoneNote);
    connect(m_phones, &QLineEdit::textChanged, phoneNote, [this, phoneNote](const QString &text) {
        QStringList notes;
        for (const QString &p : splitList(text))
            if (const PhoneCheck check = PhoneNumber::check(p, m_session.defaultRegion()); !check.verified())
                notes << check.problem;
        phoneNote->setText(notes.join(u'\n'));
        phoneNote->setVisible(!notes.isEmpty());
    });
    m_emails = addLine(left, tr("&E-mails:"), QStringLiteral("emailsEdit"));
    m_emails->setPlaceholderText(tr("Separate several with commas"));
    addErrorLabel(left, CustomerField::Emails);
    m_birthday = addDate(left, tr("&Birthday:"), QStringLiteral("birthdayEdit"));
    m_birthdayLabel = qobject_cast<QLabel *>(left->labelForField(m_birthday));
    addErrorLabel(left, CustomerField::Birthday);
}

void CustomerDialog::buildSalesColumn(QFormLayout *right)
{
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (Stage s : Customers::stages())
        m_stage->addItem(Customers::stageLabel(s), Customers::stageCode(s));
    right->addRow(tr("&Stage:"), m_stage);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    right->addRow(tr("O&wner:"), m_owner);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    right->addRow(tr("So&urce:"), m_source);
    m_nextFollowUp = addDate(right, tr("Next fo&llow-up:"), QStringLiteral("nextFollowUpEdit"));
    addErrorLabel(right, CustomerField::NextFollowUp);
    m_tags = addLine(right, tr("T&ags:"), QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("e.g. VIP, 老客户"));
    addErrorLabel(right, CustomerField::Tags);
    m_province = addLine(right, tr("Pro&vince:"), QStringLiteral("provinceEdit"));
    m_city = addLine(right, tr("&City:"), QStringLiteral("cityEdit"));
    m_address = addLine(right, tr("A&ddress:"), QStringLiteral("addressEdit"));
    m_industry = addLine(right, tr("&Industry:"), QStringLiteral("industryEdit"));
}

void CustomerDialog::buildNotesAndMoreFields(QVBoxLayout *outer)
{
    auto *notesLabel = new QLabel(tr("No&tes:"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    notesLabel->setBuddy(m_notes);
    outer->addWidget(notesLabel);
    outer->addWidget(m_notes);

    auto *customForm = new QFormLayout;
    buildCustomFields(customForm);
    if (!m_fields.isEmpty()) {
        auto *group = new QGroupBox(tr("More fields"), this);
        group->setLayout(customForm);
        outer->addWidget(group);
    } else {
        delete customForm;
    }
}

QDialogButtonBox *CustomerDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_previous = buttons->addButton(tr("◀ Previous"), QDialogButtonBox::ActionRole);
    m_next = buttons->addButton(tr("Next ▶"), QDialogButtonBox::ActionRole);
    m_previous->setObjectName(QStringLiteral("previousButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_previous->setToolTip(tr("Save and open the previous record (Alt+Up)"));
    m_next->setToolTip(tr("Save and open the next record (Alt+Down)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, [this] { navigate(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { navigate(+1); });
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    connect(up, &QShortcut::activated, this, [this] { navigate(-1); });
    connect(down, &QShortcut::activated, this, [this] { navigate(+1); });
    return buttons;
}

QLineEdit *CustomerDialog::addLine(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    form->addRow(label, edit);
    return edit;
}

QDateEdit *CustomerDialog::addDate(QFormLayout *form, const QString &label, const QString &objectName)
{
    QDateEdit *edit = makeOptionalDateEdit(this);
    edit->setObjectName(objectName);
    form->addRow(label, edit);
    return edit;
}

void CustomerDialog::addErrorLabel(QFormLayout *form, const QString &field)
{
    form->addRow(QString(), m_fieldErrors.add(field, field + QStringLiteral("Error")));
}

void CustomerDialog::buildCustomFields(QFormLayout *form)
{
    auto fields = CustomFieldStore(m_session).list();
    if (!fields)
        return;
    m_fields = *fields;
    for (const CustomField &f : m_fields) {
        QWidget *editor = nullptr;
        switch (f.type) {
        case CustomFieldType::Text:
        case CustomFieldType::Number: {
            auto *e = new QLineEdit(this);
            if (f.type == CustomFieldType::Number)
                e->setPlaceholderText(tr("A number"));
            editor = e;
            break;
        }
        case CustomFieldType::Date:
            editor = makeOptionalDateEdit(this);
            break;
        case CustomFieldType::Choice: {
            auto *c = new QComboBox(this);
            c->addItem(QString());
            c->addItems(f.choices);
            editor = c;
            break;
        }
        case CustomFieldType::MultiChoice: {
            auto *l = new QListWidget(this);
            for (const QString &choice : f.choices) {
                auto *item = new QListWidgetItem(choice, l);
                item->setCheckState(Qt::Unchecked);
            }
            l->setMaximumHeight(qMin(120, 24 * int(f.choices.size()) + 6));
            editor = l;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("custom%1Edit").arg(f.id));
        form->addRow(f.name + u':', editor);
        m_customEditors.insert(f.id, editor);
        addErrorLabel(form, CustomerField::custom(f.id));
    }
}

void CustomerDialog::fillLookups()
{
    m_owner->clear();
    m_owner->addItem(tr("(nobody)"), qint64(0));
    if (auto users = UserStore(m_session).list()) {
        QList<User> team = *users;
        std::stable_sort(team.begin(), team.end(), [](const User &a, const User &b) {
            return Pinyin::sortKey(a.displayName) < Pinyin::sortKey(b.displayName);
        });
        for (const User &u : team)
            m_owner->addItem(u.displayName, u.id);
    }
    m_source->clear();
    m_source->addItem(tr("(unknown)"), qint64(0));
    if (auto channels = ChannelStore(m_session).list())
        for (const SourceChannel &c : *channels)
            m_source->addItem(ChannelStore::displayName(c), c.id);
    auto *cityCompleter = new QCompleter(CustomerStore(m_session).cities().value_or(QStringList()), this);
    m_city->setCompleter(cityCompleter);
    auto *tagCompleter = new QCompleter(CustomerStore(m_session).tagNames().value_or(QStringList()), this);
    tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(tagCompleter);
}

void CustomerDialog::updateCompanyCompletions(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    QStringList names;
    if (auto companies = CustomerStore(m_session).companies(text.trimmed(), 30))
        for (const CompanyRef &c : *companies)
            names << c.name;
    m_companyNames->setStringList(names);
}

void CustomerDialog::updateKind()
{
    const bool company = m_kind->currentData().toString() == Customers::kindCode(CustomerKind::Company);
    m_company->setEnabled(!company);
    m_jobTitle->setEnabled(!company);
    if (m_birthdayLabel)
        m_birthdayLabel->setText(company ? tr("&Founded:") : tr("&Birthday:"));
}

void CustomerDialog::setNavigator(Navigator navigator)
{
    m_navigator = std::move(navigator);
    m_previous->setVisible(bool(m_navigator));
    m_next->setVisible(bool(m_navigator));
}

void CustomerDialog::load(const Customer &c)
{
    m_current = c;
    m_duplicatesShownFor.reset();
    m_openExisting = 0;
    if (c.id == 0 && c.ownerId == 0)
        m_current.ownerId = m_session.userId();
    m_kind->setCurrentIndex(c.kind == CustomerKind::Company ? 1 : 0);
    m_name->setText(c.name);
    m_company->setText(c.companyName);
    m_jobTitle->setText(c.jobTitle);
    QStringList phones, emails;
    for (const Phone &p : c.phones)
        phones << p.raw;
    for (const Email &e : c.emails)
        emails << e.address;
    m_phones->setText(phones.join(listSeparator));
    m_emails->setText(emails.join(listSeparator));
    setOptionalDate(m_birthday, c.birthday);
    m_stage->setCurrentIndex(m_stage->findData(Customers::stageCode(c.stage)));
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(m_current.ownerId)));
    m_source->setCurrentIndex(qMax(0, m_source->findData(c.sourceId)));
    setOptionalDate(m_nextFollowUp, c.nextFollowUp);
    m_tags->setText(c.tags.join(listSeparator));
    m_province->setText(c.province);
    m_city->setText(c.city);
    m_address->setText(c.address);
    m_industry->setText(c.industry);
    m_notes->setPlainText(c.notes);
    for (const CustomField &f : m_fields) {
        QWidget *w = m_customEditors.value(f.id);
        const QString v = c.customValues.value(f.id);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setText(f.type == CustomFieldType::Number ? f.display(v) : v);
        else if (auto *d = qobject_cast<QDateEdit *>(w))
            setOptionalDate(d, QDate::fromString(v, Qt::ISODate));
        else if (auto *cb = qobject_cast<QComboBox *>(w))
            cb->setCurrentIndex(qMax(0, cb->findText(v)));
        else if (auto *l = qobject_cast<QListWidget *>(w)) {
            const QStringList picked = CustomField::decodeMulti(v);
            for (int i = 0; i < l->count(); ++i)
                l->item(i)->setCheckState(picked.contains(l->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    showErrors({});
    m_messages->hide();
    updateKind();
    updateTitle();
    m_name->setFocus();
    m_name->selectAll();
}

void CustomerDialog::updateTitle()
{
    const QString name = m_name->text().trimmed();
    if (m_current.id == 0)
        setWindowTitle(name.isEmpty() ? tr("New customer") : tr("New customer: %1").arg(name));
    else
        setWindowTitle(tr("Edit %1").arg(name.isEmpty() ? tr("customer") : name));
}

Customer CustomerDialog::collect(QList<Error> &problems) const
{
    Customer c = m_current;
    c.kind = Customers::kindFromCode(m_kind->currentData().toString()).value_or(CustomerKind::Person);
    c.name = m_name->text();
    c.jobTitle = c.kind == CustomerKind::Person ? m_jobTitle->text() : QString();
    c.companyId = 0;
    c.companyName.clear();
    const QString companyText = m_company->text().simplified();
    if (c.kind == CustomerKind::Person && !companyText.isEmpty()) {
        auto company = CustomerStore(m_session).companyByName(companyText);
        if (company && *company) {
            c.companyId = *company;
            c.companyName = companyText;
        } else {
            problems << Error{tr("There is no company named “%1”. Pick one from the list, or add the "
                                 "company first.").arg(companyText),
                              {}, CustomerField::Company};
        }
    }
    // A number kept as it was keeps its label and what its check found (in
    // the region it was read in); a new or edited one is checked on saving.
    const QList<Phone> before = c.phones;
    c.phones.clear();
    for (const QString &p : splitList(m_phones->text())) {
        const auto kept = std::find_if(before.cbegin(), before.cend(), [&](const Phone &b) { return b.raw == p; });
        c.phones << (kept != before.cend() ? *kept : Phone{QString(), p, QString()});
    }
    c.emails.clear();
    for (const QString &e : splitList(m_emails->text()))
        c.emails << Email{QString(), e};
    c.birthday = optionalDate(m_birthday);
    c.stage = Customers::stageFromCode(m_stage->currentData().toString()).value_or(Stage::Lead);
    c.ownerId = m_owner->currentData().toLongLong();
    c.sourceId = m_source->currentData().toLongLong();
    c.nextFollowUp = optionalDate(m_nextFollowUp);
    c.tags = splitList(m_tags->text());
    c.province = m_province->text();
    c.city = m_city->text();
    c.address = m_address->text();
    c.industry = m_industry->text();
    c.notes = m_notes->toPlainText();
    c.customValues.clear();
    for (const CustomField &f : m_fields) {
        QWidget *w = m_customEditors.value(f.id);
        Result<QString> value = QString();
        if (auto *e = qobject_cast<QLineEdit *>(w))
            value = f.normalise(e->text());
        else if (auto *d = qobject_cast<QDateEdit *>(w))
            value = f.normalise(optionalDate(d).toString(Qt::ISODate));
        else if (auto *cb = qobject_cast<QComboBox *>(w))
            value = f.normalise(cb->currentText());
        else if (auto *l = qobject_cast<QListWidget *>(w)) {
            QStringList picked;
            for (int i = 0; i < l->count(); ++i)
                if (l->item(i)->checkState() == Qt::Checked)
                    picked << l->item(i)->text();
            value = f.normaliseChoices(picked);
        }
        if (!value) {
            Error e = value.error();
            e.field = CustomerField::custom(f.id);
            problems << e;
        } else if (!value->isEmpty()) {
            c.customValues.insert(f.id, *value);
        }
    }
    return c;
}

void CustomerDialog::showErrors(const QList<Error> &errors)
{
    if (m_fieldErrors.show(errors, m_messages) && !errors.isEmpty())
        m_messages->showMessage(tr("Please correct the highlighted fields; nothing was saved yet."),
                                MessageBar::Kind::Error);
}

bool CustomerDialog::save()
{
    QList<Error> problems;
    Customer after = collect(problems);
    problems += Customers::validate(after, m_session.defaultRegion(), m_session.today());
    if (!problems.isEmpty()) {
        showErrors(problems);
        return false;
    }
    if (after == m_current && m_current.id != 0)
        return true; // nothing changed
    if (m_current.id == 0 && warnedOfDuplicates(after))
        return false;
    auto saved = m_saver(m_current, after);
    if (!saved) {
        showErrors({saved.error()});
        return false;
    }
    after.id = *saved;
    // The save added 1 to the version it checked: a second save from this
    // dialog checks against its own first one.
    if (after.version > 0)
        ++after.version;
    m_current = after;
    showErrors({});
    m_messages->hide();
    return true;
}

// Before adding a customer by hand: the customers it looks like, with a link
// to open each, as lead conversion offers. Saving the same again adds it anyway.
bool CustomerDialog::warnedOfDuplicates(const Customer &after)
{
    if (m_duplicatesShownFor && *m_duplicatesShownFor == after)
        return false;
    auto dupes = DuplicateStore(m_session).matching(after);
    if (!dupes) {
        showErrors({dupes.error()});
        return true;
    }
    if (dupes->isEmpty())
        return false;
    m_duplicatesShownFor = after;
    QStringList items;
    for (const DuplicateCandidate &d : *dupes) {
        QString name = d.name;
        if (!d.companyName.isEmpty())
            name += QStringLiteral(" · ") + d.companyName;
        items << QStringLiteral("<a href=\"open:%1\">%2</a> (%3)")
                     .arg(d.customerId)
                     .arg(name.toHtmlEscaped(), d.reason.toHtmlEscaped());
    }
    m_messages->showMessage(tr("This looks like a customer you already have: %1. Open it, or press Save again to add "
                               "“%2” as a new customer anyway.")
                                .arg(items.join(QStringLiteral(", ")), after.name.toHtmlEscaped()),
                            MessageBar::Kind::Warning);
    return true;
}

void CustomerDialog::accept()
{
    if (save())
        QDialog::accept();
}

void CustomerDialog::navigate(int delta)
{
    if (!m_navigator || !save())
        return;
    const qint64 id = m_navigator(m_current.id, delta);
    if (!id)
        return;
    auto next = CustomerStore(m_session).read(id);
    if (!next) {
        m_messages->showMessage(next.error().message, MessageBar::Kind::Error);
        return;
    }
    load(*next);
}

} // namespace guanxi::ui
