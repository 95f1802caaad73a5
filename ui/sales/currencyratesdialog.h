#pragma once

#include "sales/currencyrates.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// Tools › Currency Rates: the base currency, the rates to it (add, edit,
// remove, import a CSV) and the currencies in the data that lack a rate.
// Every change is saved at once; a refused one leaves the table as it was.
class CurrencyRatesDialog : public QDialog {
    Q_OBJECT
public:
    explicit CurrencyRatesDialog(Session &session, QWidget *parent = nullptr);

    // Imports a CSV of rates (the Import button asks for the file first).
    bool importFile(const QString &path);

signals:
    // Rates or the base currency changed: sums elsewhere are out of date.
    void ratesChanged();

private:
    void reload();
    void showSelected();
    // The rate in the form, or an error shown under it.
    std::optional<CurrencyRate> formRate();
    void add();
    void save();
    void remove();
    void changeBase();
    void chooseFile();
    void done(const Status &status, const QString &success);

    Session &m_session;
    MessageBar *m_messages;
    QLineEdit *m_base;
    QTableWidget *m_table;
    QLineEdit *m_currency;
    QLineEdit *m_rate;
    QDateEdit *m_from;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_missing;
    QList<CurrencyRate> m_rates;
};

} // namespace guanxi::ui
