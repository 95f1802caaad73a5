#pragma once

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QWizard;

namespace guanxi::ui {

struct ImportWizardState;

// 1. The file, how it was read, and a preview. Writes the target, the source,
// its encoding and sheet into the state; a new file or target clears the mapping.
class SourcePage : public QWizardPage {
public:
    SourcePage(ImportWizardState &state, QWizard *parent);

    void setFile(const QString &path);   // as if chosen with Browse
    // The wizard is closing: the file box losing the focus must not read the
    // file again.
    void ignoreFileEdits();

    bool isComplete() const override;
    bool validatePage() override;

private:
    void buildForm();
    // The file box was left or Return pressed in it: read the file it names,
    // unless it is the one already read (force: read it again anyway).
    void fileEdited(bool force);
    void openSource();
    void showFormat();     // "Read as", and the encoding or sheet choice
    bool showPreview();    // false when the start of the file does not read

    ImportWizardState &m_state;
    QString m_openedPath;   // what openSource last read (or tried to)
    QComboBox *m_targetCombo;
    QLineEdit *m_file;
    QLabel *m_detected;
    QComboBox *m_encodingCombo;
    QComboBox *m_sheetCombo;
    QTableWidget *m_preview;
    QLabel *m_sourceMessage;
    QLabel *m_kindNote;
    QFormLayout *m_form;
};

} // namespace guanxi::ui
