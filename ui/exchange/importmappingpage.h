#pragma once

#include "customers/customfield.h"
#include "exchange/customerfields.h"
#include "exchange/importstore.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;
class QWizard;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

struct ImportWizardState;

// 2. Which column fills which field: guessed from the header, or a saved
// mapping. Reads the source and target from the state, writes the mapping.
class MappingPage : public QWizardPage {
public:
    MappingPage(ImportWizardState &state, Session &session, QWizard *parent);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QStringList shownMapping() const;   // the field chosen for each column, as the combos show it
    // What the mapping lacks for the target, in a sentence; empty when nothing.
    QString missingText(const QStringList &mapping) const;
    QList<ImportField> targetFields() const;
    void showPlan();
    QStringList guess(const QStringList &header) const;
    void reloadProfiles();
    void applyProfile(int index);
    void saveProfile();

    ImportWizardState &m_state;
    Session &m_session;
    QList<CustomField> m_custom;
    QList<ImportProfile> m_profileList;
    QTableWidget *m_mappingTable;
    QComboBox *m_profiles;
    QLabel *m_plan;
    QLabel *m_mappingMessage;
};

} // namespace guanxi::ui
