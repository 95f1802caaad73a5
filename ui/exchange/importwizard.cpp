#include "exchange/importwizard.h"

#include "exchange/importmappingpage.h"
#include "exchange/importoptionspage.h"
#include "exchange/importrunpage.h"
#include "exchange/importsourcepage.h"

namespace guanxi::ui {

ImportWizard::ImportWizard(Session &session, Target target, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(title(target));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_state.target = target;
    // Made in page order, which is also the order of the focus chain.
    m_sourcePage = new SourcePage(m_state, this);
    setPage(SourcePageId, m_sourcePage);
    setPage(MappingPageId, new MappingPage(m_state, session, this));
    auto *options = new OptionsPage(m_state, session, this);
    setPage(OptionsPageId, options);
    m_runPage = new RunPage(m_state, session, this);
    setPage(RunPageId, m_runPage);
    connect(m_runPage, &RunPage::dryRunTurnedOff, options, [options] { options->setDryRun(false); });
    connect(m_runPage, &RunPage::imported, this, &ImportWizard::imported);
    setButtonText(QWizard::FinishButton, tr("Close"));
    resize(860, 620);
}

ImportWizard::~ImportWizard()
{
    // The file box losing the focus while the pages are destroyed must not
    // read the file again.
    m_sourcePage->ignoreFileEdits();
    m_runPage->stop();
}

QString ImportWizard::title(Target target)
{
    switch (target) {
    case Target::Leads:
        return tr("Import Leads");
    case Target::Orders:
        return tr("Import Orders");
    case Target::Customers:
        break;
    }
    return tr("Import Customers");
}

void ImportWizard::reject()
{
    if (m_runPage->running()) {
        // Closing mid-import would hide whether it landed: stop, then the
        // report says what happened and Close works.
        m_runPage->requestStop();
        return;
    }
    QWizard::reject();
}

bool ImportWizard::isRunning() const
{
    return m_runPage->running();
}

void ImportWizard::setFile(const QString &path)
{
    m_sourcePage->setFile(path);
}

} // namespace guanxi::ui
