#pragma once

#include "platform/result.h"

#include <QCoreApplication>

namespace guanxi {

class Session;

// Where a customer came from. The built-in channels carry a code and are
// shown translated; users may add, rename and archive channels.
struct SourceChannel {
    qint64 id = 0;
    QString code;
    QString name;
    bool archived = false;
};

class ChannelStore {
    Q_DECLARE_TR_FUNCTIONS(ChannelStore)
public:
    explicit ChannelStore(Session &session) : m_session(session) {}

    Result<QList<SourceChannel>> list(bool includeArchived = false) const;
    // Adding, renaming and archiving by hand need
    // Permission::EditStagesChannels.
    Result<qint64> add(const QString &name);
    // The source an imported row names: found, or added when new. A source
    // is where a customer came from, part of the data the importer brings,
    // so whoever may import adds it (the import checks Import); editing the
    // list itself stays with EditStagesChannels.
    Result<qint64> findOrAddNamed(const QString &name);
    Status rename(qint64 id, const QString &name);
    Status setArchived(qint64 id, bool archived);
    // The name to show: built-in channels in the user's language.
    static QString displayName(const SourceChannel &channel);
    // Finds a channel by its code, name or translated name (for the CLI).
    Result<qint64> find(const QString &codeOrName) const;

private:
    Result<qint64> insert(const QString &name);
    Session &m_session;
};

} // namespace guanxi
