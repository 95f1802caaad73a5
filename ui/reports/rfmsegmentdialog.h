#pragma once

#include "analytics/report.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

// Save one RFM segment for follow-up work and campaigns: its customers get a
// tag, and a saved customer view lists everyone with that tag.
class RfmSegmentDialog : public QDialog {
    Q_OBJECT
public:
    RfmSegmentDialog(Session &session, const Report &rfm, QWidget *parent = nullptr);

    void accept() override;
    qint64 savedViewId() const { return m_viewId; }
    qint64 tagged() const { return m_tagged; }

private:
    void suggestName();
    QList<qint64> customersOf(const QString &segmentCode) const;

    Session &m_session;
    Report m_report;
    QComboBox *m_segment;
    QLineEdit *m_tag;
    QCheckBox *m_view;
    qint64 m_viewId = 0;
    qint64 m_tagged = 0;
    bool m_nameEdited = false;
};

} // namespace guanxi::ui
