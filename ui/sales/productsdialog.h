#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace guanxi {
class Session;
}

namespace guanxi::ui {

class MessageBar;

// The product list that order lines pick from: SKU, name, category, price.
class ProductsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProductsDialog(Session &session, QWidget *parent = nullptr);

private:
    void reload();
    void add();

    Session &m_session;
    MessageBar *m_messages;
    QTableWidget *m_table;
    QLineEdit *m_sku;
    QLineEdit *m_name;
    QLineEdit *m_category;
    QLineEdit *m_price;
};

} // namespace guanxi::ui
