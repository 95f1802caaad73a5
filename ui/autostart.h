#pragma once

#include <QString>

namespace guanxi::ui {

// "Start Guanxi when I log in, in the tray": an XDG autostart entry
// (~/.config/autostart/<app id>.desktop) that runs `guanxi --minimized`.
struct Autostart {
    static QString entryPath();
    static bool isEnabled();
    // Writes or removes the entry; returns an error message, or empty on success.
    static QString setEnabled(bool enabled);
};

} // namespace guanxi::ui
