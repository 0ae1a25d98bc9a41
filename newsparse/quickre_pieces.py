"""The pieces ``Quick`` tests for, of each of the package's patterns it stands in front of:
(source, flags) -> the folded pieces, or None (no cheap test). Written by
``python tools/build_tables.py``, do not edit: reading them from the patterns costs about
3 ms at every start; tests/test_quickre.py fails while this is out of date."""

# the engine's letters that fold to another (quickre._SAME) when the pieces were read
FOLDS = {305: 'i', 383: 's', 953: '\u0345', 956: '\xb5', 963: '\u03c2', 976: '\u03b2', 977: '\u03b8',
         981: '\u03c6', 982: '\u03c0', 1008: '\u03ba', 1009: '\u03c1', 1013: '\u03b5', 7296: '\u0432',
         7297: '\u0434', 7298: '\u043e', 7299: '\u0441', 7300: '\u0442', 7301: '\u0442', 7302: '\u044a',
         7303: '\u0463', 7835: '\u1e61', 8126: '\u0345', 8147: '\u0390', 8163: '\u03b0', 42571: '\u1c88',
         64262: '\ufb05'}

PIECES = {
    ('(?i)(?:\\b\\d{1,3}\\s*)?\\b(?:reading time|min(?:ute)?s?\\.? read|temps de lecture|le'
     'sezeit|lesedauer|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|cz'
     'as czytania|время чтения)\\b', 0):
        (' read', 'czas czytania', 'leestijd', 'lesedauer', 'lesezeit', 'reading time', 'tempo de leitura',
         'tempo di lettura', 'temps de lecture', 'tiempo de lectura', 'время чтения'),
    ('(?i)\\b(?:published|posted|submitted|first published|publication date|date publis'
     'hed|released|veröffentlicht|gepostet|erstveröffentlichung|veröffentlichung|erste'
     'llt|erschienen|publiziert|publié|créé|mis en ligne|publicado|publicada|postado|p'
     'ubblicato|gepubliceerd|geplaatst|udgivet|publicerad|publisert|opublikowano|publi'
     'kováno|yayınlanma|опубликовано|публикации|نشر|تاريخ النشر)\\b|发布|發布|发表|發表|公開|掲載|配'
     '信|입력|등록|게재', 0):
        ('créé', 'date published', 'erschienen', 'erstellt', 'erstveröffentlichung', 'first published',
         'geplaatst', 'gepostet', 'gepubliceerd', 'mis en ligne', 'opublikowano', 'postado', 'posted',
         'pubblicato', 'publicada', 'publicado', 'publication date', 'publicerad', 'publikováno', 'publisert',
         'published', 'publiziert', 'publié', 'released', 'submitted', 'udgivet', 'veröffentlicht',
         'veröffentlichung', 'yayinlanma', 'опубликовано', 'публикации', 'تاريخ النشر', 'نشر', '公開', '发布',
         '发表', '掲載', '發布', '發表', '配信', '게재', '등록', '입력'),
    ('(?i)\\b(?:update|updated|last updated|aktualisiert|aktualisierung|letzte aktualis'
     'ierung|geändert|mis à jour|modifié|actualizado|atualizado|aggiornato|bijgewerkt|'
     'opdateret|uppdaterad|oppdatert|zaktualizowano|aktualizacja|aktualizováno|güncell'
     'eme|güncellendi|обновлено|محدث|محدثة|تحديث|آخر تحديث)\\b|更新|수정', 0):
        ('actualizado', 'aggiornato', 'aktualisiert', 'aktualisierung', 'aktualizacja', 'aktualizováno',
         'atualizado', 'bijgewerkt', 'geändert', 'güncelleme', 'güncellendi', 'last updated',
         'letzte aktualisierung', 'mis à jour', 'modifié', 'opdateret', 'oppdatert', 'update', 'updated',
         'uppdaterad', 'zaktualizowano', 'обновлено', 'آخر تحديث', 'تحديث', 'محدث', 'محدثة', '更新', '수정'),
    ('https?://|www\\.|\\[[^\\]]*\\]|\\.(?:html?|php|aspx?|jpe?g|png|gif|svg|webp)\\b', 2):
        None,
}

# the widest match of each pattern with pieces and no unbounded repeat (quickre.read_reach)
REACH = {
    ('(?i)\\b(?:published|posted|submitted|first published|publication date|date publis'
     'hed|released|veröffentlicht|gepostet|erstveröffentlichung|veröffentlichung|erste'
     'llt|erschienen|publiziert|publié|créé|mis en ligne|publicado|publicada|postado|p'
     'ubblicato|gepubliceerd|geplaatst|udgivet|publicerad|publisert|opublikowano|publi'
     'kováno|yayınlanma|опубликовано|публикации|نشر|تاريخ النشر)\\b|发布|發布|发表|發表|公開|掲載|配'
     '信|입력|등록|게재', 0): 20,
    ('(?i)\\b(?:update|updated|last updated|aktualisiert|aktualisierung|letzte aktualis'
     'ierung|geändert|mis à jour|modifié|actualizado|atualizado|aggiornato|bijgewerkt|'
     'opdateret|uppdaterad|oppdatert|zaktualizowano|aktualizacja|aktualizováno|güncell'
     'eme|güncellendi|обновлено|محدث|محدثة|تحديث|آخر تحديث)\\b|更新|수정', 0): 21,
}
