#pragma once

#include <QTableView>

namespace Officine::Ui {

/// A table view that does not put what it shows on the clipboard: Qt's views copy the current
/// cell on Ctrl+C by default, and the clipboard is readable by every program of the session.
/// For every table that shows health data or the audit trail (names, justifications).
class NoCopyTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace Officine::Ui
