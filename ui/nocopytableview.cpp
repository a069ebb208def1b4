#include "nocopytableview.h"

#include <QKeyEvent>

namespace Officine::Ui {

void NoCopyTableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Officine::Ui
