#pragma once

#include <QWidget>

namespace guanxi::ui {

// What an empty database shows: create sample data to explore, import
// existing customers, or start with an empty list.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void sampleDataRequested();
    void importRequested();
    void startEmptyRequested();
};

} // namespace guanxi::ui
