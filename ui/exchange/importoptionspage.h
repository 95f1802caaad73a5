#pragma once

#include "exchange/customerimport.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QVBoxLayout;
class QWizard;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

struct ImportWizardState;

// 3. Create, update or both and how rows match (customers); whether unknown
// customers are added (orders); the region of phones written without +; bad
// rows; dry run. Writes the options into the state as it is left (Next).
class OptionsPage : public QWizardPage {
public:
    OptionsPage(ImportWizardState &state, Session &session, QWizard *parent);

    // The report's Import Now runs the checked file for real: the box follows.
    void setDryRun(bool dryRun);

    void initializePage() override;
    bool validatePage() override;

private:
    void addModeAndKeys(QVBoxLayout *layout);
    void addOrderOptions(QVBoxLayout *layout);
    void addRegion(QVBoxLayout *layout);
    void addRejectsAndDryRun(QVBoxLayout *layout);
    CustomerImportOptions options() const;   // without the mapping

    ImportWizardState &m_state;
    Session &m_session;
    QList<QWidget *> m_customerOnly;   // mode and matching: leads and orders are only added
    QCheckBox *m_createCustomers;      // orders only
    QComboBox *m_defaultStatus;        // orders only: a status code, or none
    QWidget *m_defaultStatusRow;
    QComboBox *m_region;
    QButtonGroup *m_mode;
    QList<QCheckBox *> m_keys;
    QCheckBox *m_skipInvalid;
    QLineEdit *m_rejects;
    QCheckBox *m_dryRun;
};

} // namespace guanxi::ui
