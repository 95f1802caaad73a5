#pragma once

#include "customers/customer.h"
#include "customers/customfield.h"
#include "widgets/fielderrors.h"
#include "platform/result.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QVBoxLayout;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// Add or edit one customer. Errors show under their field; Previous/Next
// (Alt+Up/Alt+Down) save and move to the neighbouring record without
// leaving the form.
class CustomerDialog : public QDialog {
    Q_OBJECT
public:
    // Saves the customer (pushes an undo command); returns the error to show.
    using Saver = std::function<Result<qint64>(const Customer &before, const Customer &after)>;
    // The id of the record delta rows away from id in the list, or 0.
    using Navigator = std::function<qint64(qint64 id, int delta)>;

    CustomerDialog(Session &session, Saver saver, QWidget *parent = nullptr);

    void setNavigator(Navigator navigator);
    // Loads a customer to edit, or a new one (id 0) with sensible defaults.
    void load(const Customer &customer);
    Customer customer() const { return m_current; }
    // The existing customer the user chose to open instead of adding a
    // duplicate (the dialog was closed without saving), or 0.
    qint64 existingToOpen() const { return m_openExisting; }

    void accept() override;

private:
    // The form's parts, top to bottom.
    void buildContactColumn(QFormLayout *left);
    void buildSalesColumn(QFormLayout *right);
    void buildNotesAndMoreFields(QVBoxLayout *outer);
    QDialogButtonBox *buildButtons();
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName);
    QDateEdit *addDate(QFormLayout *form, const QString &label, const QString &objectName);
    void addErrorLabel(QFormLayout *form, const QString &field);
    void buildCustomFields(QFormLayout *form);
    void fillLookups();
    Customer collect(QList<Error> &problems) const;
    void showErrors(const QList<Error> &errors);
    bool save();
    bool warnedOfDuplicates(const Customer &after);
    void navigate(int delta);
    void updateTitle();
    void updateCompanyCompletions(const QString &text);
    void updateKind();

    Session &m_session;
    Saver m_saver;
    Navigator m_navigator;
    Customer m_current;
    QList<CustomField> m_fields;

    MessageBar *m_messages;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_company;
    QStringListModel *m_companyNames;
    QLineEdit *m_jobTitle;
    QLineEdit *m_phones;
    QLineEdit *m_emails;
    QDateEdit *m_birthday;
    QLabel *m_birthdayLabel = nullptr;
    QComboBox *m_stage;
    QComboBox *m_owner;
    QComboBox *m_source;
    QDateEdit *m_nextFollowUp;
    QLineEdit *m_tags;
    QLineEdit *m_province;
    QLineEdit *m_city;
    QLineEdit *m_address;
    QLineEdit *m_industry;
    QPlainTextEdit *m_notes;
    QHash<qint64, QWidget *> m_customEditors;
    FieldErrors m_fieldErrors{this};
    QPushButton *m_previous;
    QPushButton *m_next;
    std::optional<Customer> m_duplicatesShownFor; // saving this again means "add it anyway"
    qint64 m_openExisting = 0;
};

} // namespace guanxi::ui
