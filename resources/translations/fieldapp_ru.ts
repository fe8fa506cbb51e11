<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutComponents</name>
    <message>
        <source>This application</source>
        <translation>Эта программа</translation>
    </message>
    <message>
        <source>The Python runtime and its standard library</source>
        <translation>Среда выполнения Python и её стандартная библиотека</translation>
    </message>
    <message>
        <source>The Qt libraries: windows, PDF viewer, charts</source>
        <translation>Библиотеки Qt: окна, просмотр PDF, диаграммы</translation>
    </message>
    <message>
        <source>Python bindings for Qt</source>
        <translation>Привязки Qt для Python</translation>
    </message>
    <message>
        <source>Qt&apos;s main modules and their Python bindings</source>
        <translation>Основные модули Qt и их привязки для Python</translation>
    </message>
    <message>
        <source>More Qt modules (PDF viewer, charts) and their bindings</source>
        <translation>Дополнительные модули Qt (просмотр PDF, диаграммы) и их привязки</translation>
    </message>
    <message>
        <source>The runtime of the Qt bindings</source>
        <translation>Среда выполнения привязок Qt</translation>
    </message>
    <message>
        <source>Python interface to the encrypted database</source>
        <translation>Интерфейс Python к зашифрованной базе данных</translation>
    </message>
    <message>
        <source>The encrypted database engine</source>
        <translation>Движок зашифрованной базы данных</translation>
    </message>
    <message>
        <source>The database engine SQLCipher is built on</source>
        <translation>Движок базы данных, на котором построен SQLCipher</translation>
    </message>
    <message>
        <source>OpenSSL cryptography library, used by SQLCipher</source>
        <translation>Криптографическая библиотека OpenSSL, используемая SQLCipher</translation>
    </message>
    <message>
        <source>OpenSSL cryptography library, used by cryptography</source>
        <translation>Криптографическая библиотека OpenSSL, используемая cryptography</translation>
    </message>
    <message>
        <source>Keys, signatures and encryption of bundles</source>
        <translation>Ключи, подписи и шифрование пакетов</translation>
    </message>
    <message>
        <source>Calls from Python into C libraries</source>
        <translation>Вызовы библиотек на C из Python</translation>
    </message>
    <message>
        <source>C parser used by cffi</source>
        <translation>Синтаксический анализатор C, используемый cffi</translation>
    </message>
    <message>
        <source>Finds the usual folders for settings and data</source>
        <translation>Находит стандартные папки для настроек и данных</translation>
    </message>
    <message>
        <source>Images, with libjpeg, libpng, zlib, FreeType, libtiff, libwebp and others (their licences follow Pillow&apos;s)</source>
        <translation>Изображения, вместе с libjpeg, libpng, zlib, FreeType, libtiff, libwebp и другими (их лицензии следуют за лицензией Pillow)</translation>
    </message>
    <message>
        <source>PDF bulletins</source>
        <translation>Бюллетени в PDF</translation>
    </message>
    <message>
        <source>Text encoding detection, used by ReportLab</source>
        <translation>Определение кодировки текста, используется ReportLab</translation>
    </message>
    <message>
        <source>Fast JSON</source>
        <translation>Быстрый JSON</translation>
    </message>
    <message>
        <source>Reading spreadsheets (.xlsx)</source>
        <translation>Чтение электронных таблиц (.xlsx)</translation>
    </message>
    <message>
        <source>XML writing, used by openpyxl</source>
        <translation>Запись XML, используется openpyxl</translation>
    </message>
    <message>
        <source>Word documents (.docx)</source>
        <translation>Документы Word (.docx)</translation>
    </message>
    <message>
        <source>XML processing, with libxml2 and libxslt (their licences follow lxml&apos;s)</source>
        <translation>Обработка XML, вместе с libxml2 и libxslt (их лицензии следуют за лицензией lxml)</translation>
    </message>
    <message>
        <source>Type hint helpers</source>
        <translation>Вспомогательные средства аннотаций типов</translation>
    </message>
    <message>
        <source>Safe XML parsing</source>
        <translation>Безопасный разбор XML</translation>
    </message>
    <message>
        <source>DejaVu fonts, embedded in PDF bulletins</source>
        <translation>Шрифты DejaVu, встраиваемые в бюллетени PDF</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About fieldapp</source>
        <translation>О программе fieldapp</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Версия: %1</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Коммит: %1</translation>
    </message>
    <message>
        <source>Built: %1</source>
        <translation>Сборка: %1</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (%1)</source>
        <translation>Лицензия: GNU General Public License версии 3 или более поздней (%1)</translation>
    </message>
    <message>
        <source>fieldapp is free software: you may share and change it under the terms of the GNU GPL, version 3 or later. The source of this build is fieldapp&apos;s commit shown above.</source>
        <translation>fieldapp — свободная программа: вы можете распространять и изменять её на условиях GNU GPL версии 3 или более поздней. Исходный код этой сборки — коммит fieldapp, указанный выше.</translation>
    </message>
    <message>
        <source>The Qt libraries are shipped as separate shared libraries in the application&apos;s folder, where you may replace them with your own build of the same Qt version. Qt&apos;s source is at %1, Qt for Python&apos;s at %2.</source>
        <translation>Библиотеки Qt поставляются отдельными разделяемыми библиотеками в папке программы; вы можете заменить их собственной сборкой той же версии Qt. Исходный код Qt: %1, Qt for Python: %2.</translation>
    </message>
    <message>
        <source>Select a part below to read its licence.</source>
        <translation>Выберите компонент ниже, чтобы прочитать его лицензию.</translation>
    </message>
    <message>
        <source>No part selected.</source>
        <translation>Компонент не выбран.</translation>
    </message>
    <message>
        <source>Qt also includes other software; their licences are listed at %1.</source>
        <translation>Qt включает и другие программы; их лицензии перечислены на %1.</translation>
    </message>
    <message>
        <source>(This text could not be read: %1)</source>
        <translation>(Не удалось прочитать этот текст: %1)</translation>
    </message>
    <message>
        <source>No licence text was found for this part.</source>
        <translation>Текст лицензии этого компонента не найден.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Метаданные</translation>
    </message>
    <message>
        <source>Stored %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <source>SHA-256 of the file as captured: %1</source>
        <translation>SHA-256 файла в момент получения: %1</translation>
    </message>
    <message>
        <source>SHA-256 as stored: %1</source>
        <translation>SHA-256 сохранённой копии: %1</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>Redacted copy.</source>
        <translation>Копия со скрытыми областями.</translation>
    </message>
    <message>
        <source>Unredacted original of the copy above, encrypted, never exported.</source>
        <translation>Оригинал копии выше, без скрытия; зашифрован и никогда не экспортируется.</translation>
    </message>
    <message>
        <source>Metadata NOT removed: this file type is stored as it is.</source>
        <translation>Метаданные НЕ удалены: файлы этого типа хранятся как есть.</translation>
    </message>
    <message>
        <source>No metadata found; the image was re-encoded.</source>
        <translation>Метаданные не найдены; изображение перекодировано.</translation>
    </message>
    <message>
        <source>EXIF (camera, dates, settings)</source>
        <translation>EXIF (камера, даты, настройки)</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>GPS-координаты</translation>
    </message>
    <message>
        <source>camera maker notes</source>
        <translation>заметки производителя камеры</translation>
    </message>
    <message>
        <source>XMP</source>
        <translation>XMP</translation>
    </message>
    <message>
        <source>IPTC</source>
        <translation>IPTC</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>text fields</source>
        <translation>текстовые поля</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Choose a record to see its evidence.</source>
        <translation>Выберите запись, чтобы увидеть её доказательства.</translation>
    </message>
    <message>
        <source>No evidence yet: Attach evidence… adds a photo or a document, kept encrypted in the vault.</source>
        <translation>Доказательств пока нет: «Прикрепить доказательства…» добавит фото или документ, они хранятся в хранилище в зашифрованном виде.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown inside the app. Use Save a copy… to open it with another program.</source>
        <translation>«%1» нельзя показать внутри приложения. Нажмите «Сохранить копию…», чтобы открыть файл в другой программе.</translation>
    </message>
    <message>
        <source>Saving a copy of %1…</source>
        <translation>Сохранение копии %1…</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy to %1. Delete it when you no longer need it.</source>
        <translation>Незашифрованная копия сохранена в %1. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Mark what to hide in %1.</source>
        <translation>Отметьте, что нужно скрыть в %1.</translation>
    </message>
    <message>
        <source>Hiding the marked areas, removing metadata and encrypting %1…</source>
        <translation>Скрытие отмеченных областей, удаление метаданных и шифрование %1…</translation>
    </message>
    <message>
        <source>Removing metadata and encrypting %1…</source>
        <translation>Удаление метаданных и шифрование %1…</translation>
    </message>
    <message>
        <source>Encrypting %1: %2 of %3 MiB…</source>
        <translation>Шифрование %1: %2 из %3 МиБ…</translation>
    </message>
    <message>
        <source>Nothing was attached.</source>
        <translation>Ничего не прикреплено.</translation>
    </message>
    <message>
        <source>Attached %1. %2</source>
        <translation>Прикреплено: %1. %2</translation>
    </message>
    <message>
        <source>The marked areas are hidden in the stored image.</source>
        <translation>Отмеченные области скрыты в сохранённом изображении.</translation>
    </message>
    <message>
        <source>The unredacted original is kept, encrypted, in this vault only.</source>
        <translation>Оригинал без скрытия сохранён в зашифрованном виде только в этом хранилище.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Прикрепить доказательства…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Cases…</source>
        <translation>Дела…</translation>
    </message>
    <message>
        <source>Matters followed over time, stage by stage</source>
        <translation>Дела, прослеживаемые во времени, этап за этапом</translation>
    </message>
</context>
<context>
    <name>CaseCombo</name>
    <message>
        <source>No case</source>
        <translation>Не относится к делу</translation>
    </message>
    <message>
        <source>%1 (cleared from this computer)</source>
        <translation>%1 (удалено с этого компьютера)</translation>
    </message>
    <message>
        <source>A case not in this vault yet (%1…)</source>
        <translation>Дело, которого ещё нет в этом хранилище (%1…)</translation>
    </message>
    <message>
        <source>Type a reference or a title</source>
        <translation>Введите номер или название дела</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Add person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <source>today if left empty</source>
        <translation>сегодня, если не заполнено</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Заголовок *</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Left empty, the vault gives one, such as PAV-2024-007</source>
        <translation>Если оставить пустым, хранилище присвоит номер, например PAV-2024-007</translation>
    </message>
    <message>
        <source>Said on the phone and printed on forms: letters and numbers only, never a name or a place smaller than a region.</source>
        <translation>Называется по телефону и печатается в формах: только буквы и цифры, никогда не имя и не место меньше региона.</translation>
    </message>
    <message>
        <source>Named once here for every stage that names no one itself.</source>
        <translation>Указываются здесь один раз для всех этапов, в которых лица не названы.</translation>
    </message>
    <message>
        <source>— no region —</source>
        <translation>— без региона —</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>First – last stage</source>
        <translation>Первый – последний этап</translation>
    </message>
    <message>
        <source>Cleared from this computer — the office holds it</source>
        <translation>Удалено с этого компьютера — хранится в офисе</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Закрыто %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Merged: each of these references leads to this case.</source>
        <translation>Объединено: каждый из этих номеров ведёт к этому делу.</translation>
    </message>
    <message>
        <source>The office confirmed holding this case, so its title, summary and persons were removed from this computer. New stages can still be filed under its reference.</source>
        <translation>Офис подтвердил, что хранит это дело, поэтому его заголовок, краткое описание и лица удалены с этого компьютера. Новые этапы по-прежнему можно добавлять под его номером.</translation>
    </message>
    <message>
        <source>Two versions of this case are in conflict; editing it resolves the conflict.</source>
        <translation>Две версии этого дела в конфликте; изменение дела разрешает конфликт.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Also reached by %1 (merged into this case).</source>
        <translation>Сюда же ведёт: %1 (объединено с этим делом).</translation>
    </message>
    <message>
        <source>Cleared from this computer after the office confirmed holding it: the office keeps its title, summary and persons. New stages can still be filed under its reference.</source>
        <translation>Удалено с этого компьютера после того, как офис подтвердил, что хранит его: заголовок, краткое описание и лица остаются в офисе. Новые этапы по-прежнему можно добавлять под его номером.</translation>
    </message>
    <message>
        <source>Closed on %1 (opened %2)</source>
        <translation>Закрыто %1 (открыто %2)</translation>
    </message>
    <message>
        <source>Open since %1</source>
        <translation>Открыто с %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <source>Two versions of this case are in conflict; the one shown is kept when the case is next edited.</source>
        <translation>Две версии этого дела в конфликте; при следующем изменении дела сохранится показанная.</translation>
    </message>
    <message>
        <source>recourse (a positive outcome)</source>
        <translation>положительный результат (восстановление прав)</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Stages in date order: %1</source>
        <translation>Этапы по датам: %1</translation>
    </message>
    <message>
        <source>Add the next stage</source>
        <translation>Добавить следующий этап</translation>
    </message>
    <message>
        <source>A new record filed under this case, starting from its latest stage.</source>
        <translation>Новая запись в этом деле, заполненная по его последнему этапу.</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Изменить дело…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Закрыть дело…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Merge with…</source>
        <translation>Объединить с другим…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>A case follows one matter over time; each of its stages is a threat record. Double-click a case to see its timeline.</source>
        <translation>Дело прослеживает один вопрос во времени; каждый его этап — запись об угрозе. Дважды щёлкните дело, чтобы увидеть его хронологию.</translation>
    </message>
    <message>
        <source>Search by reference or title</source>
        <translation>Поиск по номеру или заголовку</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Select two cases that are one matter, or one case to choose the other.</source>
        <translation>Выделите два дела об одном и том же или одно дело, чтобы выбрать второе.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>Оставить текущую</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Close %1 on the date the matter ended. It can be reopened later.</source>
        <translation>Закройте дело %1 датой, когда оно завершилось. Позже его можно открыть снова.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрыть дело</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>в составе %1</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
    </message>
    <message>
        <source>one sealed source</source>
        <translation>один запечатанный источник</translation>
    </message>
    <message numerus="yes">
        <source>%n sealed sources</source>
        <translation>
            <numerusform>%n запечатанный источник</numerusform>
            <numerusform>%n запечатанных источника</numerusform>
            <numerusform>%n запечатанных источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Continuing until</source>
        <translation>Продолжается до</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Вид угрозы</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Лица под угрозой</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Положительный результат</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Дата результата</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <source>Earlier common version</source>
        <translation>Общая прежняя версия</translation>
    </message>
    <message>
        <source> (later)</source>
        <translation> (более поздняя)</translation>
    </message>
    <message>
        <source>Keep the version of %1 whole</source>
        <translation>Оставить версию автора %1 целиком</translation>
    </message>
    <message>
        <source>The same record was changed at the office and by an observer. Fields marked ≠ differ: tick the version to take each one from (the later is ticked), then save the combined version, or keep one version whole.</source>
        <translation>Одна и та же запись была изменена в офисе и наблюдателем. Поля со знаком ≠ различаются: отметьте, из какой версии взять каждое из них (сейчас отмечена более поздняя), затем сохраните объединённую версию — или оставьте одну версию целиком.</translation>
    </message>
    <message>
        <source>The versions differ in this field.</source>
        <translation>В этом поле версии различаются.</translation>
    </message>
    <message>
        <source>Save the combined version</source>
        <translation>Сохранить объединённую версию</translation>
    </message>
    <message>
        <source>Resolved; the choice is recorded as a new version.</source>
        <translation>Конфликт разрешён; выбор сохранён как новая версия.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message numerus="yes">
        <source>Deleting this vault in %n seconds…</source>
        <translation>
            <numerusform>Хранилище будет удалено через %n секунду…</numerusform>
            <numerusform>Хранилище будет удалено через %n секунды…</numerusform>
            <numerusform>Хранилище будет удалено через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this vault</source>
        <translation>Удалить это хранилище</translation>
    </message>
    <message>
        <source>Keep the vault</source>
        <translation>Сохранить хранилище</translation>
    </message>
    <message>
        <source>The key file and the database will be overwritten and removed. Nothing can bring them back.</source>
        <translation>Файл ключа и база данных будут перезаписаны и удалены. Вернуть их будет невозможно.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>too short: at least %1 characters</source>
        <translation>слишком короткая: не менее %1 символов</translation>
    </message>
    <message>
        <source>Create your vault</source>
        <translation>Создайте хранилище</translation>
    </message>
    <message>
        <source>Everything you record is kept in an encrypted vault on this computer. Choose a passphrase you can remember: without it nobody, including you, can open the vault.</source>
        <translation>Всё, что вы записываете, хранится в зашифрованном хранилище на этом компьютере. Выберите парольную фразу, которую сможете запомнить: без неё никто, включая вас, не сможет открыть хранилище.</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Региональный наблюдатель</translation>
    </message>
    <message>
        <source>Central office (coordinator)</source>
        <translation>Центральный офис (координатор)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>e.g. Pavlodar observer</source>
        <translation>например, наблюдатель из Павлодара</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>weak: add more words</source>
        <translation>слабая: добавьте ещё слова</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>парольные фразы не совпадают</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; threats (distinct records) · &lt;b&gt;%2&lt;/b&gt; persons (distinct victims) · &lt;b&gt;%3&lt;/b&gt; resolved threats · &lt;b&gt;%4&lt;/b&gt; threat-months</source>
        <translation>Угроз (отдельных записей): &lt;b&gt;%1&lt;/b&gt; · лиц (отдельных пострадавших): &lt;b&gt;%2&lt;/b&gt; · решённых угроз: &lt;b&gt;%3&lt;/b&gt; · угрозо-месяцев: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cases (distinct cases, merged ones once) · &lt;b&gt;%2&lt;/b&gt; recourses (positive outcomes dated in the period) · &lt;b&gt;%3&lt;/b&gt; persons with a recourse (distinct persons)</source>
        <translation>Дел (отдельных дел, объединённые — один раз): &lt;b&gt;%1&lt;/b&gt; · позитивных результатов (положительных исходов с датой в периоде): &lt;b&gt;%2&lt;/b&gt; · лиц с позитивным результатом (отдельных лиц): &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>By month (threat-months)</source>
        <translation>По месяцам (угрозо-месяцы)</translation>
    </message>
    <message>
        <source>By year (threat-months)</source>
        <translation>По годам (угрозо-месяцы)</translation>
    </message>
    <message>
        <source>By sector (threat-sectors)</source>
        <translation>По сферам (угрозо-сферы)</translation>
    </message>
    <message>
        <source>By region (threats)</source>
        <translation>По регионам (угрозы)</translation>
    </message>
    <message>
        <source>By type of threat (threats)</source>
        <translation>По видам угроз (угрозы)</translation>
    </message>
    <message>
        <source>Recourses by type (recourses)</source>
        <translation>Позитивные результаты по видам (позитивные результаты)</translation>
    </message>
    <message>
        <source>Threats by legal article (threat-articles)</source>
        <translation>Угрозы по статьям закона (угрозо-статьи)</translation>
    </message>
    <message numerus="yes">
        <source>top %1 of %n</source>
        <translation>
            <numerusform>%1 крупнейших из %n</numerusform>
            <numerusform>%1 крупнейших из %n</numerusform>
            <numerusform>%1 крупнейших из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was counted in this period</source>
        <translation>За этот период ничего не учтено</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все сферы</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Click a bar to open its records. Linked duplicates count once; deleted records are not counted.</source>
        <translation>Нажмите на столбец, чтобы открыть его записи. Связанные дубликаты считаются один раз; удалённые записи не учитываются.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Cases and recourses</source>
        <translation>Дела и позитивные результаты</translation>
    </message>
    <message>
        <source>A recourse is counted in the month of its outcome date, or of the threat when no outcome date was recorded. A record that names no victims takes the persons of its case. Linked duplicates count once.</source>
        <translation>Позитивный результат учитывается в месяце даты исхода, а если она не записана — в месяце угрозы. Запись, в которой не названы пострадавшие, получает лиц своего дела. Связанные дубликаты считаются один раз.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, or YYYY-MM if the day is unknown.</source>
        <translation>Дата не распознана: напишите её как ДД.ММ.ГГГГ или ММ.ГГГГ, если день неизвестен.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <comment>the date format of this language</comment>
        <translation>ДД.ММ.ГГГГ или ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
</context>
<context>
    <name>DeliveryActions</name>
    <message>
        <source>No observer has new versions to confirm; no receipt was written.</source>
        <translation>Ни у одного наблюдателя нет новых версий для подтверждения; квитанции не записаны.</translation>
    </message>
    <message>
        <source>Nothing to purge: no record has been confirmed by the office yet.</source>
        <translation>Нечего очищать: офис ещё не подтвердил ни одной записи.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipts written. Give each observer their own:</source>
        <translation>
            <numerusform>Записана %n квитанция. Передайте каждому наблюдателю его собственную:</numerusform>
            <numerusform>Записаны %n квитанции. Передайте каждому наблюдателю его собственную:</numerusform>
            <numerusform>Записано %n квитанций. Передайте каждому наблюдателю его собственную:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n records the office confirmed holding? Their content, sources and evidence are removed from this computer; only their ids remain.</source>
        <translation>
            <numerusform>Очистить %n запись, получение которой подтвердил офис? Её содержание, источники и доказательства будут удалены с этого компьютера; останется только идентификатор.</numerusform>
            <numerusform>Очистить %n записи, получение которых подтвердил офис? Их содержание, источники и доказательства будут удалены с этого компьютера; останутся только идентификаторы.</numerusform>
            <numerusform>Очистить %n записей, получение которых подтвердил офис? Их содержание, источники и доказательства будут удалены с этого компьютера; останутся только идентификаторы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %n records</source>
        <translation>
            <numerusform>Очистить %n запись</numerusform>
            <numerusform>Очистить %n записи</numerusform>
            <numerusform>Очистить %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Оставить</translation>
    </message>
    <message numerus="yes">
        <source>%n records purged.</source>
        <translation>
            <numerusform>Очищена %n запись.</numerusform>
            <numerusform>Очищены %n записи.</numerusform>
            <numerusform>Очищено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write receipts…</source>
        <translation>Записать квитанции…</translation>
    </message>
    <message>
        <source>Purge delivered records…</source>
        <translation>Очистить доставленные записи…</translation>
    </message>
    <message>
        <source>Purge automatically on receipt</source>
        <translation>Очищать автоматически при получении квитанции</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Open the first record</source>
        <translation>Открыть первую запись</translation>
    </message>
    <message>
        <source>Open the second record</source>
        <translation>Открыть вторую запись</translation>
    </message>
    <message>
        <source>Open the record from %1</source>
        <translation>Открыть запись (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Reports from different observers with close dates, the same region and type, and shared persons or similar text. Linked records count once in every statistic.</source>
        <translation>Сообщения разных наблюдателей с близкими датами, тем же регионом и типом и общими людьми или похожим текстом. Связанные записи учитываются в любой статистике один раз.</translation>
    </message>
    <message>
        <source>Link as one incident</source>
        <translation>Связать как один инцидент</translation>
    </message>
    <message>
        <source>Not the same: dismiss</source>
        <translation>Не одно и то же: отклонить</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <source>Titles</source>
        <translation>Заголовки</translation>
    </message>
    <message>
        <source>Observers</source>
        <translation>Наблюдатели</translation>
    </message>
    <message>
        <source>Where and what</source>
        <translation>Где и что</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>это хранилище</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>в один день</translation>
    </message>
    <message>
        <source>one day apart</source>
        <translation>с разницей в один день</translation>
    </message>
    <message numerus="yes">
        <source>%n days apart</source>
        <translation>
            <numerusform>с разницей в %n день</numerusform>
            <numerusform>с разницей в %n дня</numerusform>
            <numerusform>с разницей в %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>one shared person</source>
        <translation>один общий человек</translation>
    </message>
    <message>
        <source>no shared person</source>
        <translation>общих людей нет</translation>
    </message>
    <message numerus="yes">
        <source>%n shared persons</source>
        <translation>
            <numerusform>%n общий человек</numerusform>
            <numerusform>%n общих человека</numerusform>
            <numerusform>%n общих человек</numerusform>
        </translation>
    </message>
    <message>
        <source>text %1% alike</source>
        <translation>текст совпадает на %1%</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol from an identity card</source>
        <translation>Регистрация по карточке идентификации</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Type the code as it is read out to you: pasting is turned off here, because a copied code proves nothing about the card.</source>
        <translation>Введите код так, как вам его диктуют: вставка здесь отключена, потому что скопированный код ничего не доказывает о карточке.</translation>
    </message>
    <message numerus="yes">
        <source>A safety code has 15 digits; you typed %n. Ask for it again.</source>
        <translation>
            <numerusform>В коде безопасности 15 цифр, а вы ввели %n цифру. Попросите продиктовать его ещё раз.</numerusform>
            <numerusform>В коде безопасности 15 цифр, а вы ввели %n цифры. Попросите продиктовать его ещё раз.</numerusform>
            <numerusform>В коде безопасности 15 цифр, а вы ввели %n цифр. Попросите продиктовать его ещё раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Three codes did not match. Do not enrol this card: it may not be the one %1 sent, or it was changed on the way. Ask %1 to give you the card again by another route, and check the new one.</source>
        <translation>Три кода не совпали. Не регистрируйте эту карточку: возможно, её отправил не владелец (%1) или её подменили по дороге. Попросите владельца (%1) передать карточку ещё раз другим путём и проверьте новую.</translation>
    </message>
    <message>
        <source>This code does not match the card either. One try left: ask %1 to read the safety code again, slowly.</source>
        <translation>Этот код тоже не совпадает с карточкой. Осталась одна попытка: попросите владельца карточки (%1) ещё раз медленно продиктовать код безопасности.</translation>
    </message>
    <message numerus="yes">
        <source>This code does not match the card. Ask %1 to read it out again, group by group. %n tries left.</source>
        <translation>
            <numerusform>Код не совпадает с карточкой. Попросите владельца карточки (%1) продиктовать его ещё раз, группу за группой. Осталась %n попытка.</numerusform>
            <numerusform>Код не совпадает с карточкой. Попросите владельца карточки (%1) продиктовать его ещё раз, группу за группой. Осталось %n попытки.</numerusform>
            <numerusform>Код не совпадает с карточкой. Попросите владельца карточки (%1) продиктовать его ещё раз, группу за группой. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is this vault&apos;s own card. Enrol the other side&apos;s card instead.</source>
        <translation>Это карточка самого этого хранилища. Зарегистрируйте вместо неё карточку другой стороны.</translation>
    </message>
    <message>
        <source>This is another office&apos;s card. An office enrols its observers: ask each observer for their own identity card.</source>
        <translation>Это карточка другого офиса. Офис регистрирует своих наблюдателей: попросите у каждого наблюдателя его собственную карточку идентификации.</translation>
    </message>
    <message>
        <source>This is another observer&apos;s card. An observer enrols only its office: ask your coordinator for the office&apos;s identity card.</source>
        <translation>Это карточка другого наблюдателя. Наблюдатель регистрирует только свой офис: попросите у координатора карточку идентификации офиса.</translation>
    </message>
    <message>
        <source>%1 is already enrolled.</source>
        <translation>%1: регистрация уже выполнена.</translation>
    </message>
    <message>
        <source>Code as read out</source>
        <translation>Продиктованный код</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Имя на карточке</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Центральный офис</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Региональный наблюдатель</translation>
    </message>
    <message>
        <source>Call %1 or meet them, and ask them to read out the safety code shown on their computer in the Peers window, under This vault. Type it here as you hear it: you will see whether it matches the card once you check. Enrol only a card whose code matches: a card can be swapped on the way.</source>
        <translation>Позвоните владельцу карточки (%1) или встретьтесь с ним и попросите продиктовать код безопасности, показанный на его компьютере в окне «Участники», в разделе «Это хранилище». Введите код здесь так, как слышите: совпадает ли он с карточкой, вы увидите после проверки. Регистрируйте только карточку, код которой совпал: карточку могут подменить по дороге.</translation>
    </message>
    <message>
        <source>15 digits, as read out</source>
        <translation>15 цифр, как продиктовано</translation>
    </message>
    <message>
        <source>Check and enrol</source>
        <translation>Проверить и зарегистрировать</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Хранилище заблокировано; сначала разблокируйте его.</translation>
    </message>
    <message>
        <source>{attempts} wrong passphrases in a row: the vault was deleted, as its settings asked.</source>
        <translation>{attempts} неверных парольных фраз подряд: хранилище удалено, как требовали его настройки.</translation>
    </message>
    <message>
        <source>A vault already exists in {path}; it was left untouched.</source>
        <translation>В папке {path} уже есть хранилище; оно не изменено.</translation>
    </message>
    <message>
        <source>There is no vault in {path}. Create one from the start screen.</source>
        <translation>В папке {path} нет хранилища. Создайте его на начальном экране.</translation>
    </message>
    <message>
        <source>Unknown role «{role}»: choose observer or office.</source>
        <translation>Неизвестная роль «{role}»: выберите наблюдателя или офис.</translation>
    </message>
    <message>
        <source>Give the vault a name.</source>
        <translation>Укажите название хранилища.</translation>
    </message>
    <message>
        <source>The vault&apos;s database does not open with its key file: it is damaged or belongs to another vault.</source>
        <translation>База данных хранилища не открывается его файлом ключа: она повреждена или принадлежит другому хранилищу.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of fieldapp; install the newer version to open it.</source>
        <translation>Это хранилище создано более новой версией fieldapp; установите её, чтобы открыть хранилище.</translation>
    </message>
    <message>
        <source>The requested key-derivation settings are below the security minimum.</source>
        <translation>Запрошенные параметры формирования ключа ниже минимума безопасности.</translation>
    </message>
    <message>
        <source>The vault key file is damaged or is not a fieldapp key file.</source>
        <translation>Файл ключа хранилища повреждён или не является файлом ключа fieldapp.</translation>
    </message>
    <message>
        <source>The vault key file was modified or damaged; restore it from your backup.</source>
        <translation>Файл ключа хранилища изменён или повреждён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault key file has a format this version of fieldapp does not know.</source>
        <translation>Файл ключа хранилища имеет формат, неизвестный этой версии fieldapp.</translation>
    </message>
    <message>
        <source>The vault key file asks for weakened key-derivation settings and was refused.</source>
        <translation>Файл ключа хранилища требует ослабленных параметров формирования ключа и поэтому отклонён.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>Парольная фраза слишком короткая.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Две парольные фразы не совпадают; ничего не изменено.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid.</source>
        <translation>Часть введённых данных неверна.</translation>
    </message>
    <message>
        <source>{path} could not be read.</source>
        <translation>Не удалось прочитать {path}.</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>Не удалось записать {path}.</translation>
    </message>
    <message>
        <source>This copy of fieldapp runs in portable mode but cannot save anything in its folder ({path}). Copy the folder to a place you can write to, such as your USB stick, or remove the file named portable beside the program.</source>
        <translation>Эта копия fieldapp работает в переносном режиме, но не может ничего сохранить в своей папке ({path}). Скопируйте папку туда, где можно записывать, например на свою флешку, или удалите файл portable рядом с программой.</translation>
    </message>
    <message>
        <source>{path} is in use by another program or is read-only. Close it, or wait a moment, and try again.</source>
        <translation>{path} занят другой программой или доступен только для чтения. Закройте его или подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} не является текстом в UTF-8.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} не является папкой.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {lineno}, column {colno}).</source>
        <translation>Файл не является корректным JSON (строка {lineno}, столбец {colno}).</translation>
    </message>
    <message>
        <source>Line {line} of the file is not valid JSON.</source>
        <translation>Строка {line} файла не является корректным JSON.</translation>
    </message>
    <message>
        <source>The file must hold exactly one JSON object.</source>
        <translation>Файл должен содержать ровно один объект JSON.</translation>
    </message>
    <message>
        <source>The passphrase and the records cannot both come from standard input.</source>
        <translation>Парольная фраза и записи не могут одновременно поступать со стандартного ввода.</translation>
    </message>
    <message>
        <source>There is no record in the input.</source>
        <translation>Во входных данных нет ни одной записи.</translation>
    </message>
    <message>
        <source>A record must be a JSON object.</source>
        <translation>Запись должна быть объектом JSON.</translation>
    </message>
    <message>
        <source>This entry has the wrong form.</source>
        <translation>Эта запись имеет неверную форму.</translation>
    </message>
    <message>
        <source>This field must be a list.</source>
        <translation>Это поле должно быть списком.</translation>
    </message>
    <message>
        <source>Choose the sectors from the list.</source>
        <translation>Выберите сферы из списка.</translation>
    </message>
    <message>
        <source>This field must be text.</source>
        <translation>Это поле должно быть текстом.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>This text is too long ({length} characters; at most {limit}).</source>
        <translation>Текст слишком длинный ({length} знаков; не более {limit}).</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>The record has a field fieldapp does not know.</source>
        <translation>В записи есть поле, неизвестное fieldapp.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, or YYYY-MM if the day is unknown.</source>
        <translation>Укажите дату в формате ГГГГ-ММ-ДД или ГГГГ-ММ, если день неизвестен.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>A state body applies only to perpetrators of the state kind.</source>
        <translation>Государственный орган указывается только для нарушителей-государства.</translation>
    </message>
    <message>
        <source>«{value}» is no longer in use: records that have it keep it, but choose another value for a new one.</source>
        <translation>«{value}» больше не используется: записи, где это значение уже есть, сохраняют его, но для новой записи выберите другое.</translation>
    </message>
    <message>
        <source>There is no list «{value}».</source>
        <translation>Списка «{value}» нет.</translation>
    </message>
    <message>
        <source>A code is lowercase Latin letters, digits and _, starting with a letter (at most 64).</source>
        <translation>Код состоит из строчных латинских букв, цифр и _, начинается с буквы (не больше 64 знаков).</translation>
    </message>
    <message>
        <source>This list already has the code «{value}»; a code is never reused.</source>
        <translation>В этом списке уже есть код «{value}»; коды не используются повторно.</translation>
    </message>
    <message>
        <source>This list has no code «{value}».</source>
        <translation>В этом списке нет кода «{value}».</translation>
    </message>
    <message>
        <source>Only a threat type has a block.</source>
        <translation>Блок бывает только у вида угрозы.</translation>
    </message>
    <message>
        <source>Threat types of block «{value}» are still in use; retire them first.</source>
        <translation>Виды угроз блока «{value}» ещё используются; сначала выведите их из употребления.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>An entry is empty; fill it in or remove it.</source>
        <translation>Одна из строк пуста; заполните или удалите её.</translation>
    </message>
    <message>
        <source>The sealed sources of this record are malformed.</source>
        <translation>Запечатанные источники этой записи повреждены.</translation>
    </message>
    <message>
        <source>No record «{text}»: give the record&apos;s id or at least its first {minimum} characters.</source>
        <translation>Нет записи «{text}»: укажите идентификатор записи или хотя бы его первые {minimum} знаков.</translation>
    </message>
    <message>
        <source>There is no record with id {record_id}.</source>
        <translation>Нет записи с идентификатором {record_id}.</translation>
    </message>
    <message>
        <source>More than one record starts with {prefix}.</source>
        <translation>Несколько записей начинаются с {prefix}.</translation>
    </message>
    <message>
        <source>No file «{text}»: give its id or at least its first {minimum} characters.</source>
        <translation>Нет файла «{text}»: укажите его идентификатор или хотя бы первые {minimum} символов.</translation>
    </message>
    <message>
        <source>This file is no longer in the vault; it may have been deleted.</source>
        <translation>Этого файла больше нет в хранилище; возможно, его удалили.</translation>
    </message>
    <message>
        <source>More than one file matches {prefix}.</source>
        <translation>Под {prefix} подходит больше одного файла.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose another name.</source>
        <translation>{path} уже существует; ничего не записано. Выберите другое имя.</translation>
    </message>
    <message>
        <source>This record was deleted.</source>
        <translation>Эта запись удалена.</translation>
    </message>
    <message>
        <source>This record was cleared from this computer on {purged_at}, after the office confirmed it holds it.</source>
        <translation>Эта запись удалена с этого компьютера {purged_at}, после того как офис подтвердил её получение.</translation>
    </message>
    <message>
        <source>A record cannot be a duplicate of itself.</source>
        <translation>Запись не может быть дубликатом самой себя.</translation>
    </message>
    <message>
        <source>This record is no longer in conflict.</source>
        <translation>Эта запись больше не в конфликте.</translation>
    </message>
    <message>
        <source>That version is not one of the versions in conflict.</source>
        <translation>Эта версия не входит в число конфликтующих.</translation>
    </message>
    <message>
        <source>There is no case in the input.</source>
        <translation>Во входных данных нет ни одного дела.</translation>
    </message>
    <message>
        <source>Choose the articles from the list.</source>
        <translation>Выберите статьи из списка.</translation>
    </message>
    <message>
        <source>There is no case «{value}» in this vault.</source>
        <translation>В этом хранилище нет дела «{value}».</translation>
    </message>
    <message>
        <source>More than one case has the reference {value}; choose the case from the list.</source>
        <translation>Номер {value} есть у нескольких дел; выберите дело из списка.</translation>
    </message>
    <message>
        <source>A date of the positive outcome needs the outcome itself.</source>
        <translation>Дата положительного результата указывается только вместе с самим результатом.</translation>
    </message>
    <message>
        <source>The outcome ({outcome_on}) is dated before the threat ({occurred_on}).</source>
        <translation>Дата результата ({outcome_on}) раньше даты угрозы ({occurred_on}).</translation>
    </message>
    <message>
        <source>«{value}» is not a case reference. Use two to four parts joined by hyphens, each of 2-3 letters or up to 6 digits, such as PAV-2024-007. Never put a name in it.</source>
        <translation>«{value}» — не номер дела. Используйте от двух до четырёх частей через дефис, каждая из 2–3 букв или до 6 цифр, например PAV-2024-007. Никогда не вписывайте в номер имя.</translation>
    </message>
    <message>
        <source>Another case already has the reference {value}.</source>
        <translation>Номер {value} уже есть у другого дела.</translation>
    </message>
    <message>
        <source>The closing date {closed_on} is before the case was opened ({opened_on}).</source>
        <translation>Дата закрытия {closed_on} раньше даты открытия дела ({opened_on}).</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date.</source>
        <translation>Дата закрытия бывает только у закрытого дела.</translation>
    </message>
    <message>
        <source>Too many entries ({count}; at most {limit}).</source>
        <translation>Слишком много записей ({count}; не более {limit}).</translation>
    </message>
    <message>
        <source>There is no case «{case}».</source>
        <translation>Дела «{case}» нет.</translation>
    </message>
    <message>
        <source>More than one case has the reference {reference}.</source>
        <translation>Номер {reference} есть у нескольких дел.</translation>
    </message>
    <message>
        <source>More than one case starts with {prefix}.</source>
        <translation>С {prefix} начинается больше одного дела.</translation>
    </message>
    <message>
        <source>Case {reference} was cleared from this computer on {purged_at}, after the office confirmed it holds it. You can still add stages to it.</source>
        <translation>Дело {reference} удалено с этого компьютера {purged_at}, после того как офис подтвердил, что хранит его. Добавлять к нему этапы по-прежнему можно.</translation>
    </message>
    <message>
        <source>This case was deleted.</source>
        <translation>Это дело удалено.</translation>
    </message>
    <message>
        <source>This case still has stages; delete them or file them elsewhere first.</source>
        <translation>У этого дела ещё есть этапы; сначала удалите их или перенесите в другое дело.</translation>
    </message>
    <message>
        <source>Only the office merges cases.</source>
        <translation>Объединять дела может только офис.</translation>
    </message>
    <message>
        <source>These cases are already one case.</source>
        <translation>Эти дела уже объединены в одно.</translation>
    </message>
    <message>
        <source>Choose one version to keep, or edit the record.</source>
        <translation>Выберите одну версию или отредактируйте запись.</translation>
    </message>
    <message>
        <source>Every side deleted this record; keep one of the versions.</source>
        <translation>Все стороны удалили эту запись; оставьте одну из версий.</translation>
    </message>
    <message>
        <source>That version deleted the record, so it has no fields to take; keep it whole instead.</source>
        <translation>Эта версия удалила запись, поэтому брать из неё нечего; вместо этого оставьте её целиком.</translation>
    </message>
    <message>
        <source>Sources can be saved only once your office is enrolled: they are sealed for the office as you save.</source>
        <translation>Источники можно сохранить только после регистрации вашего офиса: при сохранении они запечатываются для офиса.</translation>
    </message>
    <message>
        <source>This source key cannot open these sources: they were sealed for another source key.</source>
        <translation>Этот ключ источников не открывает эти источники: они запечатаны для другого ключа.</translation>
    </message>
    <message>
        <source>The sealed sources are damaged.</source>
        <translation>Запечатанные источники повреждены.</translation>
    </message>
    <message>
        <source>{path} already exists; a source key is never overwritten.</source>
        <translation>{path} уже существует; ключ источников никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>The source key {path} could not be read.</source>
        <translation>Не удалось прочитать ключ источников {path}.</translation>
    </message>
    <message>
        <source>{path} is not a fieldapp source key, or it was damaged.</source>
        <translation>{path} не является ключом источников fieldapp или повреждён.</translation>
    </message>
    <message>
        <source>Only the office has a source key.</source>
        <translation>Ключ источников есть только у офиса.</translation>
    </message>
    <message>
        <source>Sources are sealed for the office; only the office can read them.</source>
        <translation>Источники запечатаны для офиса; прочитать их может только офис.</translation>
    </message>
    <message>
        <source>Only an office vault has a source key.</source>
        <translation>Ключ источников бывает только у хранилища офиса.</translation>
    </message>
    <message>
        <source>The file is larger than {mib} MiB.</source>
        <translation>Файл больше {mib} МиБ.</translation>
    </message>
    <message>
        <source>An original is kept only when areas are hidden.</source>
        <translation>Оригинал сохраняется, только если скрыты какие-то области.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>The image is too large to process safely.</source>
        <translation>Изображение слишком велико для безопасной обработки.</translation>
    </message>
    <message>
        <source>This file is not an image in which areas can be hidden.</source>
        <translation>Этот файл не является изображением, в котором можно скрыть области.</translation>
    </message>
    <message>
        <source>«{text}» is not an area: give X,Y,WIDTH,HEIGHT in whole pixels.</source>
        <translation>«{text}» не является областью: укажите X,Y,ШИРИНА,ВЫСОТА в целых пикселях.</translation>
    </message>
    <message>
        <source>An area must be given in whole pixels.</source>
        <translation>Область задаётся в целых пикселях.</translation>
    </message>
    <message>
        <source>An area has no width or height.</source>
        <translation>У области нет ширины или высоты.</translation>
    </message>
    <message>
        <source>An area must be blurred or blacked out.</source>
        <translation>Область должна быть размыта или закрашена чёрным.</translation>
    </message>
    <message>
        <source>An area lies outside the image ({width}×{height} pixels).</source>
        <translation>Область лежит за пределами изображения ({width}×{height} пикселей).</translation>
    </message>
    <message>
        <source>This file is not a valid identity card.</source>
        <translation>Этот файл не является корректной карточкой идентификации.</translation>
    </message>
    <message>
        <source>The fingerprint you typed does not match this card (its fingerprint is {fingerprint}); nothing was added.</source>
        <translation>Введённый отпечаток ключа не совпадает с карточкой (её отпечаток — {fingerprint}); ничего не добавлено.</translation>
    </message>
    <message>
        <source>This card belongs to a vault of the wrong role for enrolment here; nothing was added.</source>
        <translation>Эта карточка принадлежит хранилищу с ролью, которую здесь нельзя зарегистрировать; ничего не добавлено.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own card; nothing was added.</source>
        <translation>Это карточка самого этого хранилища; ничего не добавлено.</translation>
    </message>
    <message>
        <source>{name} ({fingerprint}) is already enrolled.</source>
        <translation>{name} ({fingerprint}) уже зарегистрирован.</translation>
    </message>
    <message>
        <source>This vault already has an office; revoke it first to change it.</source>
        <translation>У этого хранилища уже есть офис; чтобы сменить его, сначала отзовите текущий.</translation>
    </message>
    <message>
        <source>No enrolled peer is named {name}.</source>
        <translation>Нет зарегистрированного участника с именем {name}.</translation>
    </message>
    <message>
        <source>Several peers are named {name}; choose by fingerprint.</source>
        <translation>Несколько участников носят имя {name}; выберите по отпечатку ключа.</translation>
    </message>
    <message>
        <source>{name} was already revoked on {revoked_at}.</source>
        <translation>{name} уже отозван {revoked_at}.</translation>
    </message>
    <message>
        <source>No office is enrolled yet: enrol your office from its identity card under Peers.</source>
        <translation>Офис ещё не зарегистрирован: зарегистрируйте его по карточке идентификации в разделе «Участники».</translation>
    </message>
    <message>
        <source>Only an observer&apos;s vault exports records; the office imports them.</source>
        <translation>Записи экспортирует только хранилище наблюдателя; офис их импортирует.</translation>
    </message>
    <message>
        <source>The bundle could not be written to {path}; nothing was marked as sent.</source>
        <translation>Не удалось записать пакет в {path}; ничего не отмечено как отправленное.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск, на котором находится {path}, заполнен; ничего не изменено. Освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>{purged} records were purged, but the disk holding {path} is too full to erase their old pages; this finishes the next time the vault is opened with free space.</source>
        <translation>Записей очищено: {purged}, но диск, на котором находится {path}, слишком заполнен, чтобы стереть их старые страницы; это будет завершено при следующем открытии хранилища, когда появится свободное место.</translation>
    </message>
    <message>
        <source>Only the office publishes a roster.</source>
        <translation>Реестр публикует только офис.</translation>
    </message>
    <message>
        <source>Only the office changes the vocabulary; it reaches observers with its roster and receipts.</source>
        <translation>Словарь меняет только центральный офис; наблюдатели получают его вместе со списком наблюдателей и квитанциями офиса.</translation>
    </message>
    <message>
        <source>Only the office keeps publication drafts.</source>
        <translation>Черновики публикаций хранит только офис.</translation>
    </message>
    <message>
        <source>There is no publication draft named «{name}».</source>
        <translation>Черновика публикации «{name}» нет.</translation>
    </message>
    <message>
        <source>Give the draft a name on one line, without spaces at its ends.</source>
        <translation>Дайте черновику название в одну строку, без пробелов по краям.</translation>
    </message>
    <message>
        <source>«{value}» is not a month (YYYY-MM).</source>
        <translation>«{value}» — не месяц (ГГГГ-ММ).</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>The months chosen are not a whole quarter, half-year or year.</source>
        <translation>Выбранные месяцы — не целый квартал, полугодие или год.</translation>
    </message>
    <message>
        <source>The text holds a control character that cannot be printed.</source>
        <translation>В тексте есть управляющий символ, который нельзя напечатать.</translation>
    </message>
    <message>
        <source>A highlight names a case that is not valid.</source>
        <translation>История ссылается на недопустимое дело.</translation>
    </message>
    <message>
        <source>No observer is enrolled yet.</source>
        <translation>Ещё не зарегистрирован ни один наблюдатель.</translation>
    </message>
    <message>
        <source>Only the office writes receipts.</source>
        <translation>Квитанции выписывает только офис.</translation>
    </message>
    <message>
        <source>Only the office&apos;s vault can write keys for a reviewer.</source>
        <translation>Ключи для проверяющего может записать только хранилище офиса.</translation>
    </message>
    <message>
        <source>Choose whether to purge delivered records now or to turn automatic purge on or off.</source>
        <translation>Выберите: очистить доставленные записи сейчас или включить либо выключить автоматическую очистку.</translation>
    </message>
    <message>
        <source>The vault key file asks for far more key-derivation work than fieldapp ever sets: it is damaged and was refused. This does not count as a wrong passphrase.</source>
        <translation>Файл ключа хранилища требует гораздо больше работы по выработке ключа, чем fieldapp когда-либо задаёт: он повреждён и отклонён. Это не считается неверной парольной фразой.</translation>
    </message>
    <message>
        <source>The requested key-derivation settings are above the maximum a key file may ask for.</source>
        <translation>Запрошенные параметры выработки ключа превышают максимум, допустимый для файла ключа.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a device or a pipe). Choose a file.</source>
        <translation>{path} не является обычным файлом (это папка, устройство или канал). Выберите файл.</translation>
    </message>
    <message>
        <source>{path} is larger than {limit_kib} KiB, more than such a file can be; it was not read.</source>
        <translation>{path} больше {limit_kib} КиБ — больше, чем может быть такой файл; он не был прочитан.</translation>
    </message>
    <message>
        <source>The text holds a NUL character or a broken character that no text may hold.</source>
        <translation>Текст содержит символ NUL или повреждённый символ, недопустимый в тексте.</translation>
    </message>
    <message>
        <source>The vault is open in another program ({program}, process {pid}). Close it there and try again.</source>
        <translation>Хранилище открыто в другой программе ({program}, процесс {pid}). Закройте его там и повторите попытку.</translation>
    </message>
    <message>
        <source>{path}: only .csv and .xlsx spreadsheets can be imported.</source>
        <translation>{path}: импортировать можно только таблицы .csv и .xlsx.</translation>
    </message>
    <message>
        <source>{path} has no header row: row 1 must name the columns.</source>
        <translation>В {path} нет строки заголовков: в строке 1 должны быть названы столбцы.</translation>
    </message>
    <message>
        <source>{path} has {count} columns, more than {limit}.</source>
        <translation>В {path} {count} столбцов — больше {limit}.</translation>
    </message>
    <message>
        <source>{path} has more than {limit} rows; split it into smaller files.</source>
        <translation>В {path} больше {limit} строк; разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{path} is not a readable spreadsheet.</source>
        <translation>{path} — не читаемая таблица.</translation>
    </message>
    <message>
        <source>The cell is longer than {limit} characters or holds a NUL character.</source>
        <translation>Ячейка длиннее {limit} знаков или содержит символ NUL.</translation>
    </message>
    <message>
        <source>«{value}» is not a date: write DD.MM.YYYY, YYYY-MM-DD or MM.YYYY, or use a date cell.</source>
        <translation>«{value}» — не дата: пишите ДД.ММ.ГГГГ, ГГГГ-ММ-ДД или ММ.ГГГГ либо используйте ячейку с датой.</translation>
    </message>
    <message>
        <source>«{value}» is neither a code nor a label in English, Russian or Kazakh.</source>
        <translation>«{value}» — не код и не название на английском, русском или казахском.</translation>
    </message>
    <message>
        <source>The cell holds «{value}» but its column has no header.</source>
        <translation>В ячейке «{value}», но у её столбца нет заголовка.</translation>
    </message>
    <message>
        <source>Choose the column for this required field.</source>
        <translation>Выберите столбец для этого обязательного поля.</translation>
    </message>
    <message>
        <source>The spreadsheet has no column «{value}».</source>
        <translation>В таблице нет столбца «{value}».</translation>
    </message>
    <message>
        <source>Sources of information are never imported from a spreadsheet; enter them in the record, where they are sealed at once.</source>
        <translation>Источники информации никогда не импортируются из таблицы; внесите их в запись, где они сразу запечатываются.</translation>
    </message>
    <message>
        <source>The column mapping must pair record fields with column headers.</source>
        <translation>Сопоставление должно связывать поля записи с заголовками столбцов.</translation>
    </message>
    <message>
        <source>Name a column header here.</source>
        <translation>Укажите здесь заголовок столбца.</translation>
    </message>
    <message>
        <source>{path} cannot be read as an .xlsx spreadsheet. Save it again from the spreadsheet program as .xlsx, or as .csv in UTF-8.</source>
        <translation>{path} не читается как таблица .xlsx. Сохраните её заново в табличной программе как .xlsx или как .csv в UTF-8.</translation>
    </message>
    <message>
        <source>Write the period&apos;s dates as YYYY-MM or YYYY-MM-DD.</source>
        <translation>Укажите даты периода в формате ГГГГ-ММ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>No observer «{observer}» is known to this vault.</source>
        <translation>Наблюдатель «{observer}» этому хранилищу неизвестен.</translation>
    </message>
    <message>
        <source>The smallest count shown must be a whole number of at least {minimum}.</source>
        <translation>Минимальное показываемое число должно быть целым и не меньше {minimum}.</translation>
    </message>
    <message>
        <source>This setting applies only to the bulletin.</source>
        <translation>Этот параметр относится только к бюллетеню.</translation>
    </message>
    <message>
        <source>This setting applies only to the figures.</source>
        <translation>Этот параметр относится только к цифрам.</translation>
    </message>
    <message>
        <source>«{value}» is not a period: choose a year, a half-year, a quarter or a month.</source>
        <translation>«{value}» — не период: выберите год, полугодие, квартал или месяц.</translation>
    </message>
    <message>
        <source>Choose either a named period or a start and an end, not both.</source>
        <translation>Выберите либо готовый период, либо начало и конец, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>To compare with the period before, the period needs a start and an end.</source>
        <translation>Чтобы сравнить с предыдущим периодом, у периода должны быть начало и конец.</translation>
    </message>
    <message>
        <source>Choose the bulletin&apos;s language.</source>
        <translation>Выберите язык бюллетеня.</translation>
    </message>
    <message>
        <source>Line {line} of the release keys file {path} cannot be read.</source>
        <translation>Строку {line} файла ключей выпуска {path} не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The signature file is not a signature fieldapp can check.</source>
        <translation>Файл подписи — не подпись, которую fieldapp может проверить.</translation>
    </message>
    <message>
        <source>The signature was not made for a fieldapp release.</source>
        <translation>Подпись сделана не для выпуска fieldapp.</translation>
    </message>
    <message>
        <source>The signature does not match the list of checksums: the list was changed, or the signature belongs to another list.</source>
        <translation>Подпись не совпадает со списком контрольных сумм: список изменили, или подпись относится к другому списку.</translation>
    </message>
    <message>
        <source>The list of checksums is signed by the key {fingerprint}, which is not a release key this copy of fieldapp knows.</source>
        <translation>Список контрольных сумм подписан ключом {fingerprint}, а это не ключ выпуска, известный этой копии fieldapp.</translation>
    </message>
    <message>
        <source>The list of checksums is far larger than a release&apos;s list can be.</source>
        <translation>Список контрольных сумм намного больше, чем бывает у выпуска.</translation>
    </message>
    <message>
        <source>The list of checksums is far longer than a release&apos;s list can be.</source>
        <translation>Список контрольных сумм намного длиннее, чем бывает у выпуска.</translation>
    </message>
    <message>
        <source>Line {line} of the list of checksums is not a checksum and a file name.</source>
        <translation>Строка {line} списка контрольных сумм — не контрольная сумма с именем файла.</translation>
    </message>
    <message>
        <source>Line {line} of the list of checksums names a folder path or holds control characters instead of a plain file name.</source>
        <translation>Строка {line} списка контрольных сумм содержит путь к папке или управляющие символы вместо простого имени файла.</translation>
    </message>
    <message>
        <source>The list of checksums names «{name}» twice.</source>
        <translation>В списке контрольных сумм «{name}» указан дважды.</translation>
    </message>
    <message>
        <source>The list of checksums lists no file.</source>
        <translation>В списке контрольных сумм нет ни одного файла.</translation>
    </message>
    <message>
        <source>«{name}» is not in the list of checksums, so it is not a file of this release. If the browser renamed it, give it its name back.</source>
        <translation>«{name}» нет в списке контрольных сумм, значит, это не файл этого выпуска. Если браузер переименовал его, верните ему прежнее имя.</translation>
    </message>
    <message>
        <source>«{name}» is not the file that was released: it was damaged or changed.</source>
        <translation>«{name}» — не тот файл, который был выпущен: он повреждён или изменён.</translation>
    </message>
    <message>
        <source>The system refused the operation (error {number}).</source>
        <translation>Система отказала в выполнении действия (ошибка {number}).</translation>
    </message>
    <message>
        <source>The operation could not be finished because of an error inside the app.</source>
        <translation>Действие не удалось завершить из-за ошибки внутри приложения.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен; ничего не изменено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>This computer does not allow the app to use that file or folder.</source>
        <translation>Этот компьютер не разрешает приложению использовать этот файл или папку.</translation>
    </message>
    <message>
        <source>That file or folder is no longer there.</source>
        <translation>Этого файла или папки больше нет на месте.</translation>
    </message>
    <message>
        <source>The disk can only be read, not written. Choose another place.</source>
        <translation>На этот диск нельзя записывать, его можно только читать. Выберите другое место.</translation>
    </message>
    <message>
        <source>The file is larger than {gib} GiB.</source>
        <translation>Файл больше {gib} ГиБ.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This file is not an encrypted bundle.</source>
        <translation>Этот файл не является зашифрованным пакетом.</translation>
    </message>
    <message>
        <source>The bundle is not addressed to this vault.</source>
        <translation>Пакет адресован не этому хранилищу.</translation>
    </message>
    <message>
        <source>The bundle cannot be decrypted.</source>
        <translation>Пакет не удаётся расшифровать.</translation>
    </message>
    <message>
        <source>The bundle is damaged or cut short.</source>
        <translation>Пакет повреждён или обрезан.</translation>
    </message>
    <message>
        <source>The archive inside the bundle is malformed.</source>
        <translation>Архив внутри пакета повреждён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are not in the expected order.</source>
        <translation>Содержимое пакета расположено не в ожидаемом порядке.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents are shorter than they claim.</source>
        <translation>Содержимое пакета короче заявленного.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is missing or misplaced.</source>
        <translation>Подпись пакета отсутствует или стоит не на своём месте.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is too large.</source>
        <translation>Подпись пакета слишком велика.</translation>
    </message>
    <message>
        <source>The bundle holds more than it should.</source>
        <translation>Пакет содержит лишние части.</translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents is missing or too large.</source>
        <translation>Оглавление пакета отсутствует или слишком велико.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are missing or misplaced.</source>
        <translation>Записи пакета отсутствуют или стоят не на своём месте.</translation>
    </message>
    <message>
        <source>The bundle&apos;s records are larger than the limit.</source>
        <translation>Записи пакета превышают допустимый размер.</translation>
    </message>
    <message>
        <source>The bundle holds an unexpected file.</source>
        <translation>Пакет содержит неожиданный файл.</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments are repeated or out of order.</source>
        <translation>Вложения пакета повторяются или идут не по порядку.</translation>
    </message>
    <message>
        <source>An attachment, or their number, exceeds the limit.</source>
        <translation>Вложение или их количество превышает допустимое.</translation>
    </message>
    <message>
        <source>There is data after the end of the bundle&apos;s archive.</source>
        <translation>После конца архива пакета есть лишние данные.</translation>
    </message>
    <message>
        <source>The bundle&apos;s padding is longer than it should be.</source>
        <translation>Заполнение пакета длиннее положенного.</translation>
    </message>
    <message>
        <source>The bundle&apos;s padding is shorter than it should be.</source>
        <translation>Заполнение пакета короче положенного.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature is not valid.</source>
        <translation>Подпись пакета недействительна.</translation>
    </message>
    <message>
        <source>The bundle is signed by a key this vault does not know ({signer}); enrol its observer first.</source>
        <translation>Пакет подписан ключом, неизвестным этому хранилищу ({signer}); сначала зарегистрируйте его наблюдателя.</translation>
    </message>
    <message>
        <source>The bundle is signed by {name}, whose key was revoked on {revoked_at}.</source>
        <translation>Пакет подписан участником {name}, чей ключ отозван {revoked_at}.</translation>
    </message>
    <message>
        <source>This bundle must be signed by this vault&apos;s office, and it is not.</source>
        <translation>Этот пакет должен быть подписан офисом этого хранилища, но это не так.</translation>
    </message>
    <message>
        <source>Part of the bundle is not valid JSON.</source>
        <translation>Часть пакета не является корректным JSON.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is not valid JSON.</source>
        <translation>Строка {line} записей пакета не является корректным JSON.</translation>
    </message>
    <message>
        <source>The bundle&apos;s table of contents has missing or unknown fields.</source>
        <translation>В оглавлении пакета не хватает полей или есть неизвестные.</translation>
    </message>
    <message>
        <source>This bundle&apos;s format version is not supported.</source>
        <translation>Версия формата этого пакета не поддерживается.</translation>
    </message>
    <message>
        <source>This kind of bundle is not meant for this vault.</source>
        <translation>Пакет такого вида не предназначен для этого хранилища.</translation>
    </message>
    <message>
        <source>The bundle is addressed to another vault (it was re-encrypted or forwarded).</source>
        <translation>Пакет адресован другому хранилищу (его перешифровали или переслали).</translation>
    </message>
    <message>
        <source>The bundle names another sender than the key that signed it.</source>
        <translation>В пакете указан другой отправитель, чем ключ, которым он подписан.</translation>
    </message>
    <message>
        <source>A count in the bundle&apos;s table of contents is not valid.</source>
        <translation>Число в оглавлении пакета недопустимо.</translation>
    </message>
    <message>
        <source>The bundle&apos;s identifier is malformed.</source>
        <translation>Идентификатор пакета повреждён.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is not a version, a case or an attachment.</source>
        <translation>Строка {line} записей пакета — не версия, не дело и не вложение.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has missing or unknown fields.</source>
        <translation>В строке {line} записей пакета не хватает полей или есть неизвестные.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a malformed field.</source>
        <translation>В строке {line} записей пакета есть повреждённое поле.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records claims another author than the bundle&apos;s signer.</source>
        <translation>Строка {line} записей пакета указывает другого автора, чем подписавший пакет.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is a deletion with content or a wrong hash.</source>
        <translation>Строка {line} записей пакета — удаление с содержимым или неверным хешем.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records uses the code «{value}», which this vault&apos;s vocabulary never had; nothing was imported.</source>
        <translation>Строка {line} записей пакета содержит код «{value}», которого никогда не было в словаре этого хранилища; ничего не импортировано.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records holds an invalid record.</source>
        <translation>Строка {line} записей пакета содержит неверную запись.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records is a case with missing or unknown fields.</source>
        <translation>В строке {line} записей пакета у дела недостающие или неизвестные поля.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records holds an invalid case.</source>
        <translation>В строке {line} записей пакета — недопустимое дело.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records carries sources in plain text; they must be sealed.</source>
        <translation>Строка {line} записей пакета содержит источники открытым текстом; они должны быть запечатаны.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records does not match its hash.</source>
        <translation>Строка {line} записей пакета не совпадает со своим хешем.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records describes an attachment with missing or unknown fields.</source>
        <translation>Строка {line} записей пакета описывает вложение с недостающими или неизвестными полями.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records describes an attachment with a malformed field.</source>
        <translation>Строка {line} записей пакета описывает вложение с повреждённым полем.</translation>
    </message>
    <message>
        <source>The bundle&apos;s {member} is nested deeper than {limit} levels.</source>
        <translation>Файл {member} в пакете имеет вложенность глубже {limit} уровней.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s {member} is nested deeper than {limit} levels.</source>
        <translation>Строка {line} файла {member} в пакете имеет вложенность глубже {limit} уровней.</translation>
    </message>
    <message>
        <source>The bundle&apos;s encryption header is larger than any this app writes.</source>
        <translation>Заголовок шифрования пакета больше, чем создаёт это приложение.</translation>
    </message>
    <message>
        <source>The bundle&apos;s creation time is malformed.</source>
        <translation>Время создания пакета имеет неверный формат.</translation>
    </message>
    <message>
        <source>The bundle&apos;s number {sequence} is more than {step} past the highest received from this observer ({highest}).</source>
        <translation>Номер пакета {sequence} больше чем на {step} превышает наибольший полученный от этого наблюдателя ({highest}).</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a malformed identifier ({field}).</source>
        <translation>Строка {line} записей пакета содержит неверный идентификатор ({field}).</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a malformed version time.</source>
        <translation>Строка {line} записей пакета содержит неверное время версии.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records has a version time more than {hours} hours ahead of this computer&apos;s clock.</source>
        <translation>Строка {line} записей пакета содержит время версии, опережающее часы этого компьютера более чем на {hours} ч.</translation>
    </message>
    <message>
        <source>Line {line} of the bundle&apos;s records holds a control character in {field}.</source>
        <translation>Строка {line} записей пакета содержит управляющий символ в поле {field}.</translation>
    </message>
    <message>
        <source>This text holds a control character, which is not allowed.</source>
        <translation>Этот текст содержит управляющий символ, что недопустимо.</translation>
    </message>
    <message>
        <source>The sources are not sealed to the office&apos;s source key.</source>
        <translation>Источники не запечатаны ключом источников офиса.</translation>
    </message>
    <message>
        <source>The file&apos;s JSON is nested deeper than {limit} levels.</source>
        <translation>JSON в файле имеет вложенность глубже {limit} уровней.</translation>
    </message>
    <message>
        <source>The bundle&apos;s counts do not match its records.</source>
        <translation>Числа в пакете не совпадают с его записями.</translation>
    </message>
    <message>
        <source>A version appears twice in the bundle.</source>
        <translation>Версия встречается в пакете дважды.</translation>
    </message>
    <message>
        <source>A version in the bundle differs from the copy this vault already holds.</source>
        <translation>Версия в пакете отличается от копии, уже хранящейся здесь.</translation>
    </message>
    <message>
        <source>An attachment&apos;s content does not match its hash.</source>
        <translation>Содержимое вложения не совпадает с его хешем.</translation>
    </message>
    <message>
        <source>The attachments listed and those carried differ.</source>
        <translation>Перечисленные вложения не совпадают с переданными.</translation>
    </message>
    <message>
        <source>An attachment&apos;s size does not match its description.</source>
        <translation>Размер вложения не совпадает с его описанием.</translation>
    </message>
    <message>
        <source>An attachment changed while it was being read.</source>
        <translation>Вложение изменилось во время чтения.</translation>
    </message>
    <message>
        <source>The bundle changed while it was being imported.</source>
        <translation>Пакет изменился во время импорта.</translation>
    </message>
    <message>
        <source>This receipt was already applied (a replay).</source>
        <translation>Эта квитанция уже применена (повтор).</translation>
    </message>
    <message>
        <source>A receipt must carry exactly one list of versions.</source>
        <translation>Квитанция должна содержать ровно один список версий.</translation>
    </message>
    <message>
        <source>The receipt is malformed.</source>
        <translation>Квитанция повреждена.</translation>
    </message>
    <message>
        <source>The receipt&apos;s count does not match its list.</source>
        <translation>Число в квитанции не совпадает с её списком.</translation>
    </message>
    <message>
        <source>A roster bundle must carry exactly one roster.</source>
        <translation>Пакет реестра должен содержать ровно один реестр.</translation>
    </message>
    <message>
        <source>The roster is malformed.</source>
        <translation>Реестр повреждён.</translation>
    </message>
    <message>
        <source>The roster&apos;s version does not match its bundle.</source>
        <translation>Версия реестра не совпадает с его пакетом.</translation>
    </message>
    <message>
        <source>Roster version {version} is not newer than version {held}, already accepted.</source>
        <translation>Реестр версии {version} не новее уже принятой версии {held}.</translation>
    </message>
    <message>
        <source>The roster names no recipient.</source>
        <translation>В реестре не указан ни один получатель.</translation>
    </message>
    <message>
        <source>The roster holds a malformed recipient.</source>
        <translation>В реестре есть повреждённый получатель.</translation>
    </message>
    <message>
        <source>The vocabulary this bundle carries is malformed; nothing was changed.</source>
        <translation>Словарь в этом пакете повреждён; ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing changed.</source>
        <translation>Этот пакет уже импортирован; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Record {record_id} holds another author&apos;s versions or evidence: a bundle may edit or delete only the records its sender created. Nothing from this bundle was imported.</source>
        <translation>Запись {record_id} содержит версии или доказательства другого автора: пакет может изменять или удалять только записи, созданные его отправителем. Из этого пакета ничего не импортировано.</translation>
    </message>
    <message>
        <source>An attachment is for record {record_id}, which holds another author&apos;s versions or evidence: evidence may be attached only to the sender&apos;s own records. Nothing from this bundle was imported.</source>
        <translation>Вложение относится к записи {record_id}, которая содержит версии или доказательства другого автора: доказательства можно прикреплять только к собственным записям отправителя. Из этого пакета ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle changes case {case_id}, which another observer opened. Nothing from this bundle was imported.</source>
        <translation>Пакет изменяет дело {case_id}, которое открыл другой наблюдатель. Из этого пакета ничего не импортировано.</translation>
    </message>
    <message>
        <source>A version of case {case_id} continues a version by another author. Nothing from this bundle was imported.</source>
        <translation>Версия дела {case_id} продолжает версию другого автора. Из этого пакета ничего не импортировано.</translation>
    </message>
    <message>
        <source>A version of record {record_id} continues a version by another author. Nothing from this bundle was imported.</source>
        <translation>Версия записи {record_id} продолжает версию другого автора. Из этого пакета ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle {path} cannot be read. Nothing from it was imported.</source>
        <translation>Не удалось прочитать пакет {path}. Из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle could not be imported ({error}). Nothing from it was kept.</source>
        <translation>Не удалось импортировать пакет ({error}). Из него ничего не сохранено.</translation>
    </message>
    <message>
        <source>The receipt was applied, but purging the delivered records failed ({error}). They will be purged with the next receipt.</source>
        <translation>Квитанция применена, но очистить доставленные записи не удалось ({error}). Они будут очищены со следующей квитанцией.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>This picture cannot be shown here: its format is not one the app can display. Save a copy to open it with another program.</source>
        <translation>Это изображение нельзя показать здесь: приложение не умеет отображать его формат. Сохраните копию, чтобы открыть его в другой программе.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, shown at %3 %</source>
        <translation>%1 × %2 пикселей, масштаб %3 %</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Доказательство: %1</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>Расшифровка %1…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Signing and encrypting…</source>
        <translation>Подписание и шифрование…</translation>
    </message>
    <message>
        <source>Nothing new to export; no bundle was written.</source>
        <translation>Новых данных для экспорта нет; пакет не записан.</translation>
    </message>
    <message>
        <source>Nothing to send yet: the vault has no records. Record something first (New record, Ctrl+N).</source>
        <translation>Пока нечего отправлять: в хранилище нет записей. Сначала создайте запись (Новая запись, Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing new to send: the office has everything up to your last export. Record or edit something first, or tick the box below to send it all again.</source>
        <translation>Нового для отправки нет: у офиса есть всё до вашего последнего экспорта. Сначала создайте или измените запись либо отметьте флажок ниже, чтобы отправить всё заново.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases opened or changed go with them.</source>
        <translation>
            <numerusform>С ними уходит %n новое или изменённое дело.</numerusform>
            <numerusform>С ними уходят %n новых или изменённых дела.</numerusform>
            <numerusform>С ними уходят %n новых или изменённых дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>To %1. Changes: %2 (records: %3), attachments: %4. The bundle is signed and encrypted; only the office can open it, and its name and size say nothing about you.</source>
        <translation>Получатель: %1. Изменений: %2 (записей: %3), вложений: %4. Пакет подписан и зашифрован; открыть его может только офис, а его имя и размер ничего о вас не говорят.</translation>
    </message>
    <message>
        <source>Written: %1 (changes: %2, attachments: %3). Take it to the office; you may delete it once they have it.</source>
        <translation>Записано: %1 (изменений: %2, вложений: %3). Передайте пакет в офис; когда его получат, файл можно удалить.</translation>
    </message>
    <message>
        <source>Export for the office</source>
        <translation>Экспорт для офиса</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Where to write the bundle, e.g. a USB stick</source>
        <translation>Куда записать пакет, например на USB-флешку</translation>
    </message>
    <message>
        <source>Export everything again, not only what is new</source>
        <translation>Экспортировать всё заново, а не только новое</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
</context>
<context>
    <name>FieldApp</name>
    <message>
        <source>Demo vault passphrase: %1</source>
        <translation>Парольная фраза демо-хранилища: %1</translation>
    </message>
    <message>
        <source>Creating the demo vault…</source>
        <translation>Создание демо-хранилища…</translation>
    </message>
    <message>
        <source>The vault could not be deleted completely: %1</source>
        <translation>Не удалось полностью удалить хранилище: %1</translation>
    </message>
    <message numerus="yes">
        <source>The vault was deleted after %n wrong passphrases in a row, as its settings asked. You can create a new vault.</source>
        <translation>
            <numerusform>Хранилище удалено после %n неверной парольной фразы подряд, как требовали его настройки. Можно создать новое хранилище.</numerusform>
            <numerusform>Хранилище удалено после %n неверных парольных фраз подряд, как требовали его настройки. Можно создать новое хранилище.</numerusform>
            <numerusform>Хранилище удалено после %n неверных парольных фраз подряд, как требовали его настройки. Можно создать новое хранилище.</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Не удалось сохранить настройки: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все сферы</translation>
    </message>
    <message>
        <source>All blocks</source>
        <translation>Все блоки</translation>
    </message>
    <message>
        <source>Search titles, places, descriptions, names…</source>
        <translation>Поиск по заголовкам, местам, описаниям, именам…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>ГГГГ-ММ-ДД или ГГГГ-ММ</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>Your observers</source>
        <translation>Ваши наблюдатели</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Ваш офис</translation>
    </message>
    <message>
        <source>Each observer sends you their identity card; you enrol it by checking the code they read out to you. Only enrolled observers&apos; bundles are accepted.</source>
        <translation>Каждый наблюдатель присылает вам свою карточку; вы регистрируете её, сверив код, который он вам диктует. Принимаются только пакеты зарегистрированных наблюдателей.</translation>
    </message>
    <message>
        <source>Enrol an observer now, when the window opens</source>
        <translation>Зарегистрировать наблюдателя сейчас, когда откроется окно</translation>
    </message>
    <message>
        <source>Your bundles can only be read by an office you have enrolled: import the office&apos;s identity card and check its code with the coordinator.</source>
        <translation>Ваши пакеты может прочитать только зарегистрированный вами офис: импортируйте карточку офиса и сверьте её код с координатором.</translation>
    </message>
    <message>
        <source>Enrol my office now, when the window opens</source>
        <translation>Зарегистрировать мой офис сейчас, когда откроется окно</translation>
    </message>
    <message>
        <source>Later: Vault → Peers… whenever I am ready</source>
        <translation>Позже: Хранилище → Участники…, когда буду готов(а)</translation>
    </message>
    <message>
        <source>Welcome to fieldapp</source>
        <translation>Добро пожаловать в fieldapp</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Кто вы</translation>
    </message>
    <message>
        <source>fieldapp keeps what you record in an encrypted vault on this computer. First, say who will use it.</source>
        <translation>fieldapp хранит ваши записи в зашифрованном хранилище на этом компьютере. Сначала укажите, кто будет им пользоваться.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Региональный наблюдатель</translation>
    </message>
    <message>
        <source>Central office (coordinator)</source>
        <translation>Центральный офис (координатор)</translation>
    </message>
    <message>
        <source>e.g. Pavlodar observer</source>
        <translation>например, наблюдатель из Павлодара</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <source>Choose a passphrase you can remember: several words are easier to remember and harder to guess. Without it nobody, including you, can open the vault.</source>
        <translation>Выберите парольную фразу, которую сможете запомнить: несколько слов легче запомнить и труднее угадать. Без неё никто, в том числе вы, не сможет открыть хранилище.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Your first record</source>
        <translation>Ваша первая запись</translation>
    </message>
    <message>
        <source>Your vault is ready. Record a threat or an attack as soon as you learn of it: New record (Ctrl+N) in the window.</source>
        <translation>Ваше хранилище готово. Записывайте угрозу или нападение, как только о них узнаете: «Новая запись» (Ctrl+N) в окне.</translation>
    </message>
    <message>
        <source>Record my first threat</source>
        <translation>Записать первую угрозу</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Open the vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message>
        <source>Highlight %1 (no title yet)</source>
        <translation>История %1 (без заголовка)</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>A highlight prints only the title and the text you write here. The case&apos;s reference is never printed, and nothing is taken from its records: write nothing that identifies a person.</source>
        <translation>В истории печатаются только заголовок и текст, написанные здесь. Номер дела не печатается никогда, из его записей ничего не берётся: не пишите ничего, что позволит узнать человека.</translation>
    </message>
    <message>
        <source>The case it tells of (never printed)</source>
        <translation>Дело, о котором история (не печатается)</translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation>Добавить историю</translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation>Убрать историю</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import bundles</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <source>Each bundle is decrypted, its signature checked against the enrolled observers, and merged in one step; a bundle that fails any check changes nothing.</source>
        <translation>Каждый пакет расшифровывается, его подпись сверяется с зарегистрированными наблюдателями, и он объединяется за один шаг; пакет, не прошедший хотя бы одну проверку, ничего не меняет.</translation>
    </message>
    <message>
        <source>Add bundles…</source>
        <translation>Добавить пакеты…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Show which check each refused file failed</source>
        <translation>Показать, какую проверку не прошёл каждый отклонённый файл</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
</context>
<context>
    <name>ImportResultsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размера</translation>
    </message>
    <message>
        <source>decryption</source>
        <translation>расшифровки</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>архива</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подписи</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>манифеста</translation>
    </message>
    <message>
        <source>records</source>
        <translation>записей</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>вложений</translation>
    </message>
    <message>
        <source>%1 check failed: %2</source>
        <translation>Не пройдена проверка %1: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>The office&apos;s vocabulary, version %1, is now in use.</source>
        <translation>Теперь используются справочники офиса, версия %1.</translation>
    </message>
    <message>
        <source>Roster version %1 from %2.</source>
        <translation>Реестр версии %1, отправитель: %2.</translation>
    </message>
    <message>
        <source>From %1, bundle %2: %3 new, %4 updated, %5 unchanged, %6 in conflict.</source>
        <translation>Отправитель: %1, пакет %2: новых — %3, обновлено — %4, без изменений — %5, в конфликте — %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n cases new or changed.</source>
        <translation>
            <numerusform>%n дело новое или изменено.</numerusform>
            <numerusform>%n дела новых или изменённых.</numerusform>
            <numerusform>%n дел новых или изменённых.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles not yet received: %1.</source>
        <translation>Ещё не получены пакеты: %1.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>KindListModel</name>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Threat blocks</source>
        <translation>Блоки угроз</translation>
    </message>
    <message>
        <source>Threat types</source>
        <translation>Виды угроз</translation>
    </message>
    <message>
        <source>Perpetrator kinds</source>
        <translation>Виды нарушителей</translation>
    </message>
    <message>
        <source>State bodies</source>
        <translation>Государственные органы</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Victim categories</source>
        <translation>Категории пострадавших</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Title ({language})</source>
        <translation>Заголовок ({language})</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <source>The vault is locked. Its records stay encrypted on this computer until you unlock it with its passphrase.</source>
        <translation>Хранилище закрыто. Его записи остаются зашифрованными на этом компьютере, пока вы не разблокируете его своей парольной фразой.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Record saved.</source>
        <translation>Запись сохранена.</translation>
    </message>
    <message>
        <source>Record deleted.</source>
        <translation>Запись удалена.</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>Журнал аудита был изменён: %1</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each chained to the one before.</source>
        <translation>
            <numerusform>Журнал аудита не нарушен: %n запись, каждая связана с предыдущей.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записи, каждая связана с предыдущей.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записей, каждая связана с предыдущей.</numerusform>
        </translation>
    </message>
    <message>
        <source>No records yet: New record (Ctrl+N)</source>
        <translation>Записей пока нет: Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>No record matches the search and filters.</source>
        <translation>Ни одна запись не подходит под поиск и фильтры.</translation>
    </message>
    <message numerus="yes">
        <source>%n records imported.</source>
        <translation>
            <numerusform>Импортирована %n запись.</numerusform>
            <numerusform>Импортировано %n записи.</numerusform>
            <numerusform>Импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard…</source>
        <translation>Сводка…</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Возможные дубликаты…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Check audit log</source>
        <translation>Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Export for the office…</source>
        <translation>Экспорт для офиса…</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <source>Peers…</source>
        <translation>Участники…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Конфликты…</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quick delete…</source>
        <translation>Быстрое удаление…</translation>
    </message>
    <message>
        <source>Overwrite and delete this vault after a short countdown (Ctrl+Shift+Delete)</source>
        <translation>Перезаписать и удалить это хранилище после короткого обратного отсчёта (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Check a download…</source>
        <translation>Проверить скачанный файл…</translation>
    </message>
    <message>
        <source>About fieldapp…</source>
        <translation>О программе fieldapp…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>%1 and %2 will be one case: both references will lead to it, with the stages and persons of both. A merge cannot be undone. Merge them?</source>
        <translation>%1 и %2 станут одним делом: оба номера будут вести к нему, со всеми этапами и лицами обоих дел. Объединение нельзя отменить. Объединить их?</translation>
    </message>
    <message>
        <source>Merge two cases</source>
        <translation>Объединить два дела</translation>
    </message>
    <message>
        <source>Merge them</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Keep them apart</source>
        <translation>Оставить раздельными</translation>
    </message>
    <message>
        <source>Merge cases</source>
        <translation>Объединение дел</translation>
    </message>
    <message>
        <source>Choose the case that is the same matter as %1.</source>
        <translation>Выберите дело, которое касается того же, что и %1.</translation>
    </message>
    <message>
        <source>Search by reference or title</source>
        <translation>Поиск по номеру или заголовку</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Центральный офис</translation>
    </message>
    <message>
        <source>Regional observer</source>
        <translation>Региональный наблюдатель</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>отозван %1</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зарегистрирован</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>No observer is enrolled yet. Ask an observer for their identity card, then enrol it with the button below.</source>
        <translation>Пока не зарегистрирован ни один наблюдатель. Попросите у наблюдателя его карточку и зарегистрируйте её кнопкой ниже.</translation>
    </message>
    <message>
        <source>No office is enrolled yet: your bundles cannot go anywhere. Ask the office for its identity card, then enrol it with the button below.</source>
        <translation>Офис пока не зарегистрирован: ваши пакеты некуда отправить. Попросите у офиса его карточку и зарегистрируйте её кнопкой ниже.</translation>
    </message>
    <message>
        <source>The code matched: %1 is enrolled.</source>
        <translation>Код совпал, регистрация выполнена: %1.</translation>
    </message>
    <message>
        <source>Revoke %1? Their bundles will be refused from now on.</source>
        <translation>Отозвать регистрацию %1? Отныне пакеты этого участника будут отклоняться.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Отозвать %1</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1: регистрация отозвана.</translation>
    </message>
    <message>
        <source>Card saved to %1.</source>
        <translation>Карточка сохранена: %1.</translation>
    </message>
    <message>
        <source>Peers and enrolment</source>
        <translation>Участники и регистрация</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source>%1. Fingerprint: %2. Safety code: %3. Read the safety code out to the person who enrols you.</source>
        <translation>%1. Отпечаток ключа: %2. Код безопасности: %3. Продиктуйте код безопасности тому, кто будет вас регистрировать.</translation>
    </message>
    <message>
        <source>Save my identity card…</source>
        <translation>Сохранить мою карточку идентификации…</translation>
    </message>
    <message>
        <source>Enrol from a card…</source>
        <translation>Зарегистрировать по карточке…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Quarter</source>
        <extracomment>The order the editors stand in: the state language, then Russian, then English.</extracomment>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Полугодие</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Custom months</source>
        <translation>Произвольные месяцы</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1 кв.</translation>
    </message>
    <message>
        <source>first half</source>
        <translation>первое полугодие</translation>
    </message>
    <message>
        <source>second half</source>
        <translation>второе полугодие</translation>
    </message>
</context>
<context>
    <name>PerpetratorRow</name>
    <message>
        <source>Name (optional)</source>
        <translation>Имя (необязательно)</translation>
    </message>
    <message>
        <source>— kind —</source>
        <translation>— вид —</translation>
    </message>
    <message>
        <source>— state body —</source>
        <translation>— госорган —</translation>
    </message>
</context>
<context>
    <name>PlainErrors</name>
    <message>
        <source>This file was damaged or changed on the way. Ask for it again.</source>
        <translation>Этот файл повредился или был изменён в пути. Попросите прислать его ещё раз.</translation>
    </message>
    <message>
        <source>This file was made for another vault. Ask the sender to make it again for this office.</source>
        <translation>Этот файл сделан для другого хранилища. Попросите отправителя сделать его заново для этого офиса.</translation>
    </message>
    <message>
        <source>This file is not a bundle from this app. Check that you chose the right file.</source>
        <translation>Этот файл — не пакет этого приложения. Проверьте, тот ли файл вы выбрали.</translation>
    </message>
    <message>
        <source>This file comes from an observer who is not enrolled here. Enrol the observer, then import the file again.</source>
        <translation>Этот файл от наблюдателя, который здесь не зарегистрирован. Зарегистрируйте наблюдателя и импортируйте файл снова.</translation>
    </message>
    <message>
        <source>This file comes from an observer whose enrolment was withdrawn. Nothing from it was imported.</source>
        <translation>Этот файл от наблюдателя, чья регистрация отозвана. Из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of the app. Update the app here, then import the file again.</source>
        <translation>Этот файл сделан более новой версией приложения. Обновите приложение здесь и импортируйте файл снова.</translation>
    </message>
    <message>
        <source>This file changes records that belong to another observer, so nothing from it was imported.</source>
        <translation>Этот файл изменяет записи другого наблюдателя, поэтому из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file uses a list value this office never issued, so nothing from it was imported.</source>
        <translation>В этом файле есть значение списка, которого этот офис никогда не выпускал, поэтому из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>Many bundles from this observer before this one have not arrived. Import the earlier ones first.</source>
        <translation>Многие более ранние пакеты от этого наблюдателя ещё не пришли. Сначала импортируйте их.</translation>
    </message>
    <message>
        <source>The sender&apos;s computer clock is set far ahead. Ask them to correct it and send the file again.</source>
        <translation>Часы на компьютере отправителя сильно спешат. Попросите исправить их и прислать файл ещё раз.</translation>
    </message>
    <message>
        <source>This file was already taken in; nothing changed.</source>
        <translation>Этот файл уже был принят; ничего не изменилось.</translation>
    </message>
    <message>
        <source>This file could not be read. Check the disk or USB stick and try again.</source>
        <translation>Этот файл не удалось прочитать. Проверьте диск или флешку и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Attach evidence</source>
        <translation>Прикрепить доказательства</translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <source>Where to write the tables</source>
        <translation>Куда записать таблицы</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Пакеты для импорта</translation>
    </message>
    <message>
        <source>Spreadsheet to import</source>
        <translation>Таблица для импорта</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Карточка идентификации</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>Ключ источников</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>Сохранить карточку идентификации</translation>
    </message>
    <message>
        <source>Export the publication</source>
        <translation>Экспорт публикации</translation>
    </message>
    <message>
        <source>Save a copy of the evidence</source>
        <translation>Сохранить копию доказательства</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>The copy of “%1” will NOT be encrypted. Anyone who gets this computer, or the disk or stick you save it to, can open it. Save it only if you must, and delete it when you no longer need it.</source>
        <translation>Копия «%1» НЕ будет зашифрована. Её сможет открыть любой, у кого окажется этот компьютер или диск либо флешка, куда вы её сохраните. Сохраняйте её, только если это необходимо, и удалите, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Keep it only in the vault</source>
        <translation>Оставить только в хранилище</translation>
    </message>
    <message>
        <source>Delete the record “%1”? It leaves lists and search; its history stays in the vault.</source>
        <translation>Удалить запись «%1»? Она исчезнет из списков и поиска; её история останется в хранилище.</translation>
    </message>
    <message>
        <source>Delete this record</source>
        <translation>Удалить эту запись</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>fieldapp</source>
        <translation>fieldapp</translation>
    </message>
</context>
<context>
    <name>PublicationActions</name>
    <message>
        <source>Publication…</source>
        <translation>Публикация…</translation>
    </message>
</context>
<context>
    <name>PublicationComposer</name>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Скрывать числа меньше</translation>
    </message>
    <message>
        <source>Preview in</source>
        <translation>Просмотр на</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Новый черновик</translation>
    </message>
    <message>
        <source>A draft for the next period, starting from this draft&apos;s texts</source>
        <translation>Черновик на следующий период, начатый с текстов этого черновика</translation>
    </message>
    <message>
        <source>This draft is not saved yet</source>
        <translation>Этот черновик ещё не сохранён</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Keep the texts encrypted in the vault</source>
        <translation>Сохранить тексты в хранилище в зашифрованном виде</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Сравнить с предыдущим периодом</translation>
    </message>
    <message>
        <source>Counts smaller than this are withheld, so no person can be singled out</source>
        <translation>Числа меньше этого не показываются, чтобы нельзя было узнать конкретного человека</translation>
    </message>
    <message>
        <source>Texts by section</source>
        <translation>Тексты по разделам</translation>
    </message>
    <message>
        <source>Case highlights</source>
        <translation>Истории дел</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export DOCX…</source>
        <translation>Экспорт в DOCX…</translation>
    </message>
    <message>
        <source>The draft “%1” is saved in the vault.</source>
        <translation>Черновик «%1» сохранён в хранилище.</translation>
    </message>
    <message>
        <source>Save the changes to the draft “%1” in the vault?</source>
        <translation>Сохранить изменения черновика «%1» в хранилище?</translation>
    </message>
    <message>
        <source>Unsaved changes to the draft</source>
        <translation>Несохранённые изменения в черновике</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Выйти без сохранения</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Записано в %1.</translation>
    </message>
</context>
<context>
    <name>PublicationPreview</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Обновление просмотра…</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>Здесь появится просмотр.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Просмотр: %n страница</numerusform>
            <numerusform>Просмотр: %n страницы</numerusform>
            <numerusform>Просмотр: %n страниц</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishButtons</name>
    <message>
        <source>The tables were written to %1.</source>
        <translation>Таблицы записаны в папку %1.</translation>
    </message>
    <message>
        <source>Writing the tables…</source>
        <translation>Таблицы записываются…</translation>
    </message>
    <message>
        <source>Export tables…</source>
        <translation>Экспорт таблиц…</translation>
    </message>
    <message>
        <source>Write the figures of this period as CSV tables, small counts withheld</source>
        <translation>Записать показатели этого периода в таблицы CSV; малые значения скрыты</translation>
    </message>
    <message>
        <source>Make bulletin…</source>
        <translation>Подготовить бюллетень…</translation>
    </message>
    <message>
        <source>Open the publication composer to write the bulletin</source>
        <translation>Открыть окно «Публикация», чтобы подготовить бюллетень</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record: %1</source>
        <translation>Запись: %1</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Add perpetrator</source>
        <translation>Добавить нарушителя</translation>
    </message>
    <message>
        <source>Add victim</source>
        <translation>Добавить лицо под угрозой</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>— choose a region —</source>
        <translation>— выберите регион —</translation>
    </message>
    <message>
        <source>— choose a type —</source>
        <translation>— выберите вид —</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Block: %1</source>
        <translation>Блок: %1</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Изменить запись</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Заголовок *</translation>
    </message>
    <message>
        <source>Date *</source>
        <translation>Дата *</translation>
    </message>
    <message>
        <source>Continuing until</source>
        <translation>Продолжается до</translation>
    </message>
    <message>
        <source>Region *</source>
        <translation>Регион *</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Type of threat *</source>
        <translation>Вид угрозы *</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Sectors *</source>
        <translation>Сферы *</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Лица под угрозой</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Положительный результат</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Дата результата</translation>
    </message>
    <message>
        <source>When the positive outcome came; left empty, the date of the threat counts.</source>
        <translation>Когда был достигнут положительный результат; если поле пустое, учитывается дата угрозы.</translation>
    </message>
    <message>
        <source>The matter this threat is a stage of: choose it from the list, or type part of its reference or title.</source>
        <translation>Дело, этапом которого является эта угроза: выберите его из списка или введите часть его номера или названия.</translation>
    </message>
    <message>
        <source>In a case, a record that names no persons of its own takes the persons of the case.</source>
        <translation>Если в записи, относящейся к делу, не указаны свои лица, для неё берутся лица из дела.</translation>
    </message>
    <message numerus="yes">
        <source>%n sources already sealed for the office; sources added here are sealed too.</source>
        <translation>
            <numerusform>%n источник уже запечатан для офиса; добавленные здесь источники тоже запечатываются.</numerusform>
            <numerusform>%n источника уже запечатаны для офиса; добавленные здесь источники тоже запечатываются.</numerusform>
            <numerusform>%n источников уже запечатаны для офиса; добавленные здесь источники тоже запечатываются.</numerusform>
        </translation>
    </message>
    <message>
        <source>optional, for a continuing threat</source>
        <translation>необязательно, для продолжающейся угрозы</translation>
    </message>
    <message>
        <source>Who told you. Sealed for the office&apos;s source key as you save: not even this computer can show them again.</source>
        <translation>Кто вам сообщил. При сохранении запечатывается ключом источников офиса: даже этот компьютер больше не сможет их показать.</translation>
    </message>
    <message>
        <source>Sealed for the office as you save: afterwards only the office can read them.</source>
        <translation>Запечатываются для офиса при сохранении: после этого прочитать их сможет только офис.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Вид угрозы</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Выберите запись, чтобы увидеть её здесь.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Type of threat</source>
        <translation>Вид угрозы</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <source>Persons threatened</source>
        <translation>Лица под угрозой</translation>
    </message>
    <message>
        <source>Positive outcome</source>
        <translation>Положительный результат</translation>
    </message>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <source>A case not in this vault yet</source>
        <translation>Дело, которого ещё нет в этом хранилище</translation>
    </message>
    <message>
        <source>%1 (cleared from this computer)</source>
        <translation>%1 (удалено с этого компьютера)</translation>
    </message>
    <message>
        <source>From the case:</source>
        <translation>Из дела:</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (дата: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n, sealed for the office</source>
        <translation>
            <numerusform>%n, запечатан для офиса</numerusform>
            <numerusform>%n, запечатаны для офиса</numerusform>
            <numerusform>%n, запечатаны для офиса</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <source>Areas to hide: %1</source>
        <translation>Скрываемых областей: %1</translation>
    </message>
    <message>
        <source>Nothing marked yet: the whole image will be stored.</source>
        <translation>Пока ничего не отмечено: изображение будет сохранено целиком.</translation>
    </message>
    <message>
        <source>Hide parts of %1</source>
        <translation>Скрыть фрагменты: %1</translation>
    </message>
    <message>
        <source>Drag over faces, name tags or number plates to hide them. Only the result on the right is stored, without its metadata.</source>
        <translation>Обведите мышью лица, бейджи или номерные знаки, чтобы скрыть их. Сохраняется только результат справа, без метаданных.</translation>
    </message>
    <message>
        <source>Photo: drag to mark an area</source>
        <translation>Фото: обведите мышью область</translation>
    </message>
    <message>
        <source>Result (what will be stored)</source>
        <translation>Результат (что будет сохранено)</translation>
    </message>
    <message>
        <source>Hide new areas with:</source>
        <translation>Новые области скрывать:</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>размытием</translation>
    </message>
    <message>
        <source>Black box</source>
        <translation>чёрной заливкой</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>Убрать последнюю</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Убрать все</translation>
    </message>
    <message>
        <source>Also keep the unredacted original (encrypted)</source>
        <translation>Сохранить также оригинал без скрытия (зашифрованным)</translation>
    </message>
    <message>
        <source>The original stays in this vault only and is never exported. Leave this off unless you need the unredacted picture as evidence.</source>
        <translation>Оригинал остаётся только в этом хранилище и никогда не экспортируется. Не включайте, если оригинал не нужен как доказательство.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
</context>
<context>
    <name>ReleaseCheckDialog</name>
    <message>
        <source>The downloaded file</source>
        <translation>Скачанный файл</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Файл не удалось проверить.</translation>
    </message>
    <message>
        <source>Do not install this file.</source>
        <translation>Не устанавливайте этот файл.</translation>
    </message>
    <message>
        <source>Genuine: %1 is the file the office released, and you can install it. The list of checksums is signed by %2 with the key %3; if the office read its key out to you, it is this one.</source>
        <translation>Подлинный: %1 — тот самый файл, который выпустил офис, его можно устанавливать. Список контрольных сумм подписан %2 ключом %3; если офис зачитывал вам свой ключ, это должен быть он.</translation>
    </message>
    <message>
        <source>Check a download</source>
        <translation>Проверка скачанного файла</translation>
    </message>
    <message>
        <source>Before you install fieldapp from a download, check that the file is the one the office released and that nobody changed it on the way. Keep the files SHA256SUMS and SHA256SUMS.sig from the same place beside the downloaded file.</source>
        <translation>Прежде чем устанавливать fieldapp из скачанного файла, проверьте, что это тот самый файл, который выпустил офис, и что по дороге его никто не изменил. Файлы SHA256SUMS и SHA256SUMS.sig, скачанные оттуда же, положите рядом со скачанным файлом.</translation>
    </message>
    <message>
        <source>Downloaded file:</source>
        <translation>Скачанный файл:</translation>
    </message>
    <message>
        <source>List of checksums (SHA256SUMS):</source>
        <translation>Список контрольных сумм (SHA256SUMS):</translation>
    </message>
    <message>
        <source>Signature (SHA256SUMS.sig):</source>
        <translation>Подпись (SHA256SUMS.sig):</translation>
    </message>
    <message>
        <source>Release keys from the office (if they gave you a file):</source>
        <translation>Ключи выпуска от офиса (если вам дали файл):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Optional: allowed_signers</source>
        <translation>Необязательно: allowed_signers</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
</context>
<context>
    <name>SafetySettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Блокировать после стольких минут бездействия</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Also lock when another application comes to the front</source>
        <translation>Блокировать также при переходе в другое приложение</translation>
    </message>
    <message>
        <source>Delete the vault after this many wrong passphrases in a row</source>
        <translation>Удалять хранилище после стольких неверных парольных фраз подряд</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>The vault also locks when the system suspends the application. These settings are kept outside the vault, so that they work before it is unlocked; they hold no records.</source>
        <translation>Хранилище блокируется и тогда, когда система приостанавливает приложение. Эти настройки хранятся вне хранилища, чтобы действовать до его разблокировки; записей в них нет.</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>Introduction</source>
        <translation>Введение</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Основные цифры</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By year (annual report)</source>
        <translation>По годам (годовой отчёт)</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Regions and cities</source>
        <translation>Регионы и города</translation>
    </message>
    <message>
        <source>Blocks and types of threat</source>
        <translation>Блоки и виды угроз</translation>
    </message>
    <message>
        <source>Sources of threat</source>
        <translation>Источники угроз</translation>
    </message>
    <message>
        <source>Persons by gender and category</source>
        <translation>Люди по полу и категории</translation>
    </message>
    <message>
        <source>Cases and recourses</source>
        <translation>Дела и обращения</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Case highlights</source>
        <translation>Истории дел</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Методология</translation>
    </message>
</context>
<context>
    <name>SourceRow</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sources of information</source>
        <translation>Источники информации</translation>
    </message>
    <message>
        <source>These sources are sealed for the office&apos;s source key. Opening them is recorded in the audit log.</source>
        <translation>Эти источники запечатаны ключом источников офиса. Их вскрытие записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Source key file</source>
        <translation>Файл ключа источников</translation>
    </message>
    <message>
        <source>Its passphrase</source>
        <translation>Его парольная фраза</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Unseal</source>
        <translation>Вскрыть</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage of the case</source>
        <translation>Этап дела</translation>
    </message>
    <message>
        <source>Edit record…</source>
        <translation>Изменить запись…</translation>
    </message>
</context>
<context>
    <name>TableImportActions</name>
    <message>
        <source>Import spreadsheet…</source>
        <translation>Импорт таблицы…</translation>
    </message>
</context>
<context>
    <name>TableImportWizard</name>
    <message>
        <source>Import spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file whose first row names the columns.</source>
        <translation>Файл .csv или .xlsx, в первой строке которого названы столбцы.</translation>
    </message>
    <message>
        <source>Pick the spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Проверка строк</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверяем каждую строку…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Allowed values</source>
        <translation>Допустимые значения</translation>
    </message>
    <message>
        <source>%1 of %2 rows cannot be imported; correct them in the spreadsheet and pick it again. Nothing is imported while a row fails.</source>
        <translation>%1 из %2 строк нельзя импортировать; исправьте их в таблице и выберите её снова. Пока хоть одна строка с ошибкой, ничего не импортируется.</translation>
    </message>
    <message>
        <source>All %1 rows can be imported.</source>
        <translation>Все строки (%1) можно импортировать.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортируем…</translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <source>New code</source>
        <translation>Новый код</translation>
    </message>
    <message>
        <source>Edit labels</source>
        <translation>Изменить названия</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>Код *</translation>
    </message>
    <message>
        <source>English label *</source>
        <translation>Название по-английски *</translation>
    </message>
    <message>
        <source>Russian label *</source>
        <translation>Название по-русски *</translation>
    </message>
    <message>
        <source>Kazakh label *</source>
        <translation>Название по-казахски *</translation>
    </message>
    <message>
        <source>Block *</source>
        <translation>Блок *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>lowercase Latin letters, digits and _</source>
        <translation>строчные латинские буквы, цифры и _</translation>
    </message>
    <message>
        <source>Stored in every record and bundle that uses it; it can never be changed or reused.</source>
        <translation>Хранится в каждой записи и пакете, где он использован; его нельзя ни изменить, ни использовать повторно.</translation>
    </message>
    <message>
        <source>— choose a block —</source>
        <translation>— выберите блок —</translation>
    </message>
</context>
<context>
    <name>TermTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>Retired: records that have it keep it; new records cannot use it.</source>
        <translation>Выведен из употребления: записи, где он есть, его сохраняют; новые записи не могут его выбрать.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Recourse: %1, %2</source>
        <translation>Положительный результат: %1, %2</translation>
    </message>
    <message>
        <source>Recourse: %1</source>
        <translation>Положительный результат: %1</translation>
    </message>
    <message>
        <source>Two versions of this stage are in conflict.</source>
        <translation>Две версии этого этапа в конфликте.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No stage is filed under this case yet.</source>
        <translation>В этом деле пока нет ни одного этапа.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <source>Enter the passphrase of the vault in %1.</source>
        <translation>Введите парольную фразу хранилища в %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>This vault is erased at the first wrong passphrase.</source>
        <translation>Это хранилище будет удалено при первой же неверной парольной фразе.</translation>
    </message>
    <message numerus="yes">
        <source>This vault is erased after %n wrong passphrases in a row.</source>
        <translation>
            <numerusform>Это хранилище будет удалено после %n неверной парольной фразы подряд.</numerusform>
            <numerusform>Это хранилище будет удалено после %n неверных парольных фраз подряд.</numerusform>
            <numerusform>Это хранилище будет удалено после %n неверных парольных фраз подряд.</numerusform>
        </translation>
    </message>
    <message>
        <source>One try left: one more wrong passphrase erases this vault.</source>
        <translation>Осталась одна попытка: ещё одна неверная парольная фраза — и хранилище будет удалено.</translation>
    </message>
    <message numerus="yes">
        <source>%n tries left before this vault is erased.</source>
        <translation>
            <numerusform>До удаления хранилища осталась %n попытка.</numerusform>
            <numerusform>До удаления хранилища осталось %n попытки.</numerusform>
            <numerusform>До удаления хранилища осталось %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VictimRow</name>
    <message>
        <source>Alias (never the real name)</source>
        <translation>Псевдоним (не настоящее имя)</translation>
    </message>
    <message>
        <source>— gender —</source>
        <translation>— пол —</translation>
    </message>
    <message>
        <source>— category —</source>
        <translation>— категория —</translation>
    </message>
</context>
<context>
    <name>VocabularyActions</name>
    <message>
        <source>Vocabulary…</source>
        <translation>Справочники…</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabulary version %1.</source>
        <translation>Версия справочников: %1.</translation>
    </message>
    <message>
        <source>The codes the records use. A new or relabelled code reaches the observers with your next roster or receipts. Codes are never deleted: a retired one stays in the records that have it.</source>
        <translation>Коды, которые используют записи. Новый или переименованный код дойдёт до наблюдателей с вашим следующим реестром или квитанциями. Коды никогда не удаляются: выведенный из употребления остаётся в записях, где он есть.</translation>
    </message>
    <message>
        <source>The office keeps the vocabulary; it arrives with the office&apos;s roster and receipts. Here it can only be read.</source>
        <translation>Справочники ведёт офис; они приходят вместе с реестром и квитанциями офиса. Здесь их можно только просматривать.</translation>
    </message>
    <message>
        <source>Code added.</source>
        <translation>Код добавлен.</translation>
    </message>
    <message>
        <source>Labels saved.</source>
        <translation>Названия сохранены.</translation>
    </message>
    <message>
        <source>Retire «%1»? Records that have it keep it, and it still counts in the figures; new records and edits can no longer choose it. It cannot be brought back.</source>
        <translation>Вывести «%1» из употребления? Записи, где он есть, его сохранят, и он по-прежнему учитывается в цифрах; в новых записях и при правке его уже нельзя будет выбрать. Вернуть его нельзя.</translation>
    </message>
    <message>
        <source>Retire «%1»</source>
        <translation>Вывести из употребления «%1»</translation>
    </message>
    <message>
        <source>Retire it</source>
        <translation>Вывести из употребления</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>«%1» retired.</source>
        <translation>«%1» выведен из употребления.</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Справочники</translation>
    </message>
    <message>
        <source>Add code…</source>
        <translation>Добавить код…</translation>
    </message>
    <message>
        <source>Edit labels…</source>
        <translation>Изменить названия…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Вывести из употребления</translation>
    </message>
</context>
</TS>
