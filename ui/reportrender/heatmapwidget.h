#pragma once

#include <QWidget>

namespace guanxi::ui {

// A grid of counts shaded by size (Qt Charts has no heat map): row labels
// down the left, column labels across the top, the count in each cell.
class HeatMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatMapWidget(QWidget *parent = nullptr);

    void setData(const QString &title, const QStringList &rows, const QStringList &columns,
                 const QList<QList<double>> &values, const QStringList &cellTexts);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The font of the cells and column titles at the present size: the
    // widget's own, made smaller when a column is too narrow for it.
    QFont cellFont() const;
    double columnWidth(const QFont &font) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowLabelWidth(const QFont &font) const;
    QString m_title;
    QStringList m_rows, m_columns;
    QList<QList<double>> m_values;
    QStringList m_texts;   // row by row
};

} // namespace guanxi::ui
