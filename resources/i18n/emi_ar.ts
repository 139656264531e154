<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <extracomment>The kiosk&apos;s built-in invitation (a trainer&apos;s own attract_text is shown as written).</extracomment>
        <translation type="unfinished">المس الشاشة للبدء</translation>
    </message>
</context>
<context>
    <name>ClassReport</name>
    <message>
        <source>Learners</source>
        <translation type="unfinished">المتعلمون</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished">الإكمال</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">مكتمل</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished">ناجح</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished">غير مكتمل</translation>
    </message>
    <message numerus="yes">
        <source>{completed} of %n learner(s) completed the course.</source>
        <translation type="unfinished">
            <numerusform>أكمل {completed} من أصل %n متعلمين الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل متعلم واحد الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل متعلمَين اثنين الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل %n متعلمين الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل %n متعلمًا الدورة.</numerusform>
            <numerusform>أكمل {completed} من أصل %n متعلم الدورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished">الدرجات</translation>
    </message>
    <message>
        <source>Learners per final score band.</source>
        <translation type="unfinished">المتعلمون حسب نطاق الدرجة النهائية.</translation>
    </message>
    <message>
        <source>Correct answers per quiz question</source>
        <translation type="unfinished">الإجابات الصحيحة لكل سؤال</translation>
    </message>
    <message>
        <source>% of learners who answered</source>
        <translation type="unfinished">% من المتعلمين الذين أجابوا</translation>
    </message>
    <message>
        <source>{question}: {correct} of {answered} correct</source>
        <translation type="unfinished">{question}: {correct} من {answered} صحيحة</translation>
    </message>
    <message>
        <source>Wrong options chosen</source>
        <translation type="unfinished">الخيارات الخاطئة المختارة</translation>
    </message>
    <message>
        <source>How often each wrong option was chosen.</source>
        <translation type="unfinished">عدد مرات اختيار كل خيار خاطئ.</translation>
    </message>
    <message>
        <source>GDPR use cases checked</source>
        <translation type="unfinished">حالات استخدام اللائحة العامة لحماية البيانات التي تم فحصها</translation>
    </message>
    <message>
        <source>Learners who checked each worked use case in step 2.</source>
        <translation type="unfinished">المتعلمون الذين فحصوا كل حالة استخدام في الخطوة 2.</translation>
    </message>
    <message>
        <source>Bias audit bands reached</source>
        <translation type="unfinished">نطاقات تدقيق التحيز التي تم بلوغها</translation>
    </message>
    <message>
        <source>Learners whose bias audit reached each band, best first.</source>
        <translation type="unfinished">المتعلمون الذين بلغ تدقيق التحيز لديهم كل نطاق، الأفضل أولًا.</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation type="unfinished">تقرير الفصل</translation>
    </message>
    <message>
        <source>No learners&apos; statements found in the chosen files.</source>
        <translation type="unfinished">لم يُعثر على بيانات متعلمين في الملفات المختارة.</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>Something went wrong in this part of the course. Your progress is saved; you can carry on. The details were written to the log for your trainer.</source>
        <translation type="unfinished">حدث خطأ في هذا الجزء من الدورة. تم حفظ تقدمك؛ يمكنك المتابعة. كُتبت التفاصيل في السجل لمدربك.</translation>
    </message>
</context>
<context>
    <name>GridMarker</name>
    <message>
        <source>{name}, {kind}, {quadrant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or Space to show the strategy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished">اللغ&amp;ة</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>{box}, {role}</source>
        <extracomment>A chart given more width than it needs is drawn at most this much larger, so the box text stays near the page&apos;s text size instead of growing with the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org chart</source>
        <extracomment>The shared scene size changed (a new text size or theme re-measured the boxes).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{box} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lead} leads {reports}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{box}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Source</source>
        <extracomment>Languages with an interface catalogue, in menu order. Each language named in itself: a learner who cannot read the current one finds theirs. BCP 47 tags for records and documents (xAPI language maps, the certificate). Icons that point along the reading direction: mirrored in a right-to-left language. (Chevrons up/down, play and the others do not point along a line of text.)</extracomment>
        <translation type="unfinished">المصدر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">المصادر</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation type="unfinished">للتوضيح</translation>
    </message>
</context>
<context>
    <name>StakeholderCard</name>
    <message>
        <source>“{quote}”</source>
        <extracomment>Theme tokens for each kind: the accent colour and its soft background. Person icons drawn for this purpose (resources/icons/skeptic.svg ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} shown: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or Space to show the strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quote} {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>{influence} × {support} grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholder map view</source>
        <extracomment>The grid view&apos;s strategy stands beside the grid from this many characters of width. Grid columns of the card flow: 6 divides evenly into rows of 1, 2 and 3 cards.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the {view} view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a stakeholder on the grid to see their strategy here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quadrant}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <source>{number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {move}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamFit</name>
    <message>
        <source>{label} ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{band} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result}: {title}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{structure} is shown above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {structure} above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamStructures</name>
    <message>
        <source>{title}: {item}</source>
        <extracomment>How each role type is drawn: theme colour token and icon (the legend names it in words). The words beside the chart take at most this many characters of width. Side by side only while the chart&apos;s box text keeps at least this share of the learner&apos;s text size (below it, it shrinks past easy reading); else the words go under. 0.65 keeps today&apos;s 1056 px page column side by side (the chart and its switch fit one 1366×768 screen); a 1300 px column draws the chart at about 0.9.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best for: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{period}: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Deleting your data was interrupted last time and could not be finished; please delete these files yourself: {files}.</source>
        <extracomment>Show the course in another language now (View › Language); False if it cannot (then the choice applies at the next start). Set by the start-up (_Launch).</extracomment>
        <translation type="unfinished">انقطع حذف بياناتك في المرة السابقة ولم يكتمل؛ يرجى حذف هذه الملفات بنفسك: {files}.</translation>
    </message>
    <message>
        <source>Deleting your data was interrupted last time; it has now been finished.</source>
        <translation type="unfinished">انقطع حذف بياناتك في المرة السابقة؛ وقد اكتمل الآن.</translation>
    </message>
    <message>
        <source>The language could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ اللغة: {reason}.</translation>
    </message>
    <message>
        <source>The course stays in {language}.</source>
        <translation type="unfinished">تبقى الدورة باللغة {language}.</translation>
    </message>
    <message>
        <source>The course will be shown in {language} the next time it starts.</source>
        <translation type="unfinished">ستُعرض الدورة باللغة {language} عند تشغيلها في المرة القادمة.</translation>
    </message>
    <message>
        <source>Save a copy of your progress</source>
        <translation type="unfinished">حفظ نسخة من تقدمك</translation>
    </message>
    <message>
        <source>Progress (*.json)</source>
        <translation type="unfinished">التقدم (*.json)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished">حفظ نسخة</translation>
    </message>
    <message>
        <source>The copy could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ النسخة: {reason}.</translation>
    </message>
    <message>
        <source>A copy of your progress was saved as {path}.</source>
        <translation type="unfinished">حُفظت نسخة من تقدمك باسم {path}.</translation>
    </message>
    <message>
        <source>step {number}, {title}</source>
        <translation type="unfinished">الخطوة {number}، {title}</translation>
    </message>
    <message>
        <source>the course home</source>
        <translation type="unfinished">الصفحة الرئيسية للدورة</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation type="unfinished">المقدمة</translation>
    </message>
    <message>
        <source>The course cannot open because its content files have problems. Please give this list to your trainer:</source>
        <translation type="unfinished">لا يمكن فتح الدورة لأن ملفات محتواها بها مشكلات. يرجى إعطاء هذه القائمة لمدربك:</translation>
    </message>
    <message>
        <source>The course is already open in another window, which was brought to the front.</source>
        <translation type="unfinished">الدورة مفتوحة بالفعل في نافذة أخرى، وقد أُحضرت إلى المقدمة.</translation>
    </message>
    <message>
        <source>The course is already open in another window; please switch to that window (only one window can use a learner&apos;s progress).</source>
        <translation type="unfinished">الدورة مفتوحة بالفعل في نافذة أخرى؛ يرجى الانتقال إلى تلك النافذة (نافذة واحدة فقط يمكنها استخدام تقدم المتعلم).</translation>
    </message>
    <message>
        <source>The course is now shown in {language}.</source>
        <translation type="unfinished">تُعرض الدورة الآن باللغة {language}.</translation>
    </message>
</context>
</TS>
