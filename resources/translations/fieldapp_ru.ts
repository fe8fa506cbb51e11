<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Removing metadata and encrypting %1…</source>
        <translation>Удаление метаданных и шифрование %1…</translation>
    </message>
    <message>
        <source>Attached %1. %2</source>
        <translation>Прикреплено: %1. %2</translation>
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
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Прикрепить доказательства…</translation>
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
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>(deleted)</source>
        <translation>(удалена)</translation>
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
        <source> (shown now)</source>
        <translation> (показана сейчас)</translation>
    </message>
    <message>
        <source>Keep the version of %1</source>
        <translation>Оставить версию автора %1</translation>
    </message>
    <message>
        <source>Resolved; the choice is recorded as a new version.</source>
        <translation>Конфликт разрешён; выбор сохранён как новая версия.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>The same record was changed at the office and by an observer. Fields that differ are highlighted; keep one version, or edit the record to combine them.</source>
        <translation>Одна и та же запись была изменена в офисе и наблюдателем. Различающиеся поля выделены; оставьте одну версию или измените запись, чтобы объединить их.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
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
    <message numerus="yes">
        <source>too short: at least %n characters</source>
        <translation>
            <numerusform>слишком короткая: не менее %n символа</numerusform>
            <numerusform>слишком короткая: не менее %n символов</numerusform>
            <numerusform>слишком короткая: не менее %n символов</numerusform>
        </translation>
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
    <name>EnrolDialog</name>
    <message>
        <source>Enrol from an identity card</source>
        <translation>Регистрация по карточке идентификации</translation>
    </message>
    <message>
        <source>Ask the card&apos;s owner, in person or by phone, to read out their safety code, and type it below. Enrol only if it matches: a card can be swapped on the way.</source>
        <translation>Попросите владельца карточки лично или по телефону продиктовать свой код безопасности и введите его ниже. Регистрируйте, только если код совпадает: карточку могут подменить по дороге.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <source>Code as read out</source>
        <translation>Продиктованный код</translation>
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
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>The vault key file was modified or damaged; restore it from your backup.</source>
        <translation>Файл ключа хранилища изменён или повреждён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The vault key file asks for weakened key-derivation settings and was refused.</source>
        <translation>Файл ключа хранилища требует ослабленных параметров формирования ключа и поэтому отклонён.</translation>
    </message>
    <message>
        <source>The passphrase is too short.</source>
        <translation>Парольная фраза слишком короткая.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>To %1: %2 change(s) to %3 record(s) and %4 attachment(s). The bundle is signed and encrypted; only the office can open it, and its name and size say nothing about you.</source>
        <translation>Получатель: %1. Изменений: %2 (записей: %3), вложений: %4. Пакет подписан и зашифрован; открыть его может только офис, а его имя и размер ничего о вас не говорят.</translation>
    </message>
    <message>
        <source>Signing and encrypting…</source>
        <translation>Подписание и шифрование…</translation>
    </message>
    <message>
        <source>Nothing new to export; no bundle was written.</source>
        <translation>Новых данных для экспорта нет; пакет не записан.</translation>
    </message>
    <message>
        <source>Written: %1 (%2 change(s), %3 attachment(s)). Take it to the office; you may delete it once they have it.</source>
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
    <name>ImportDialog</name>
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
        <source>%1 check failed: %2</source>
        <translation>Проверка «%1» не пройдена: %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Roster version %1 from %2.</source>
        <translation>Реестр версии %1, отправитель: %2.</translation>
    </message>
    <message>
        <source>From %1, bundle %2: %3 new, %4 updated, %5 unchanged, %6 in conflict.</source>
        <translation>Отправитель: %1, пакет %2: новых — %3, обновлено — %4, без изменений — %5, в конфликте — %6.</translation>
    </message>
    <message>
        <source>Bundles not yet received: %1.</source>
        <translation>Ещё не получены пакеты: %1.</translation>
    </message>
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
        <source>Import</source>
        <translation>Импортировать</translation>
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
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
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
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>revoked %1</source>
        <translation>отозван %1</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зарегистрирован</translation>
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
        <source>%1 is enrolled.</source>
        <translation>%1: регистрация выполнена.</translation>
    </message>
    <message>
        <source>Revoke %1? Their bundles will be refused from now on.</source>
        <translation>Отозвать регистрацию %1? Отныне пакеты этого участника будут отклоняться.</translation>
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
        <source>Bundles to import</source>
        <translation>Пакеты для импорта</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Карточка идентификации</translation>
    </message>
    <message>
        <source>Save identity card</source>
        <translation>Сохранить карточку идентификации</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Delete the record “%1”? It leaves lists and search; its history stays in the vault.</source>
        <translation>Удалить запись «%1»? Она исчезнет из списков и поиска; её история останется в хранилище.</translation>
    </message>
    <message>
        <source>fieldapp</source>
        <translation>fieldapp</translation>
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
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
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
        <source>This text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>An entry is empty; fill it in or remove it.</source>
        <translation>Одна из строк пуста; заполните или удалите её.</translation>
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
        <source>YYYY-MM-DD or YYYY-MM</source>
        <translation>ГГГГ-ММ-ДД или ГГГГ-ММ</translation>
    </message>
    <message>
        <source>optional, for a continuing threat</source>
        <translation>необязательно, для продолжающейся угрозы</translation>
    </message>
    <message>
        <source>Who told you. Kept apart from the record and never shown in lists or search.</source>
        <translation>Кто вам сообщил. Хранится отдельно от записи и никогда не показывается в списках и поиске.</translation>
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
    <message numerus="yes">
        <source>%n recorded (open the record to see them)</source>
        <translation>
            <numerusform>%n источник (откройте запись, чтобы их увидеть)</numerusform>
            <numerusform>%n источника (откройте запись, чтобы их увидеть)</numerusform>
            <numerusform>%n источников (откройте запись, чтобы их увидеть)</numerusform>
        </translation>
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
</TS>
