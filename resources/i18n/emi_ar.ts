<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdminPanel</name>
    <message>
        <source>Kiosk administration</source>
        <extracomment>Exit codes the supervisor sees (docs/kiosk.md): 0 stays stopped, 75 is restarted.</extracomment>
        <translation type="unfinished">إدارة الكشك</translation>
    </message>
    <message>
        <source>sessions started</source>
        <translation type="unfinished">جلسات بدأت</translation>
    </message>
    <message>
        <source>sessions ended because nobody answered</source>
        <translation type="unfinished">جلسات انتهت لعدم الاستجابة</translation>
    </message>
    <message>
        <source>Steps completed</source>
        <translation type="unfinished">الخطوات المكتملة</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation type="unfinished">إجابات الاختبارات</translation>
    </message>
    <message>
        <source>Reset counters</source>
        <translation type="unfinished">إعادة تعيين العدادات</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished">العودة إلى الكشك</translation>
    </message>
    <message>
        <source>Restart the app</source>
        <translation type="unfinished">إعادة تشغيل التطبيق</translation>
    </message>
    <message>
        <source>Exit kiosk mode</source>
        <translation type="unfinished">الخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Back to the kiosk (close this panel)</source>
        <translation type="unfinished">العودة إلى الكشك (إغلاق هذه اللوحة)</translation>
    </message>
    <message>
        <source>Reset all counters to zero (tap twice)</source>
        <translation type="unfinished">إعادة تعيين كل العدادات إلى الصفر (انقر مرتين)</translation>
    </message>
    <message>
        <source>Restart the app (the supervisor starts it again)</source>
        <translation type="unfinished">إعادة تشغيل التطبيق (تعيد خدمة المراقبة تشغيله)</translation>
    </message>
    <message>
        <source>Exit kiosk mode and close the app</source>
        <translation type="unfinished">الخروج من وضع الكشك وإغلاق التطبيق</translation>
    </message>
    <message>
        <source>Anonymous totals since {since}. Nothing here names or identifies a visitor.</source>
        <translation type="unfinished">إجماليات مجهولة الهوية منذ {since}. لا شيء هنا يذكر اسم أي زائر أو يحدد هويته.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) started</source>
        <translation type="unfinished">
            <numerusform>بدأت %n جلسة</numerusform>
            <numerusform>بدأت %n جلسة</numerusform>
            <numerusform>بدأت %n جلستان</numerusform>
            <numerusform>بدأت %n جلسات</numerusform>
            <numerusform>بدأت %n جلسة</numerusform>
            <numerusform>بدأت %n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) ended because nobody answered</source>
        <translation type="unfinished">
            <numerusform>انتهت %n جلسة لعدم وجود استجابة</numerusform>
            <numerusform>انتهت %n جلسة لعدم وجود استجابة</numerusform>
            <numerusform>انتهت %n جلستان لعدم وجود استجابة</numerusform>
            <numerusform>انتهت %n جلسات لعدم وجود استجابة</numerusform>
            <numerusform>انتهت %n جلسة لعدم وجود استجابة</numerusform>
            <numerusform>انتهت %n جلسة لعدم وجود استجابة</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished">الخطوة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished">مكتمل</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished">السؤال</translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished">صحيح</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished">خطأ</translation>
    </message>
    <message>
        <source>Settings: {source}</source>
        <translation type="unfinished">الإعدادات: {source}</translation>
    </message>
    <message>
        <source>built-in defaults</source>
        <translation type="unfinished">الإعدادات الافتراضية المضمّنة</translation>
    </message>
    <message>
        <source>The counters were reset.</source>
        <translation type="unfinished">أُعيد تعيين العدادات.</translation>
    </message>
    <message>
        <source>Tap again to reset</source>
        <translation type="unfinished">انقر مجددًا لإعادة التعيين</translation>
    </message>
    <message>
        <source>Tap &quot;{again}&quot; within 5 seconds to set every counter back to zero.</source>
        <translation type="unfinished">انقر على «{again}» خلال 5 ثوانٍ لإعادة كل العدادات إلى الصفر.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to start</source>
        <extracomment>The kiosk&apos;s built-in invitation (a trainer&apos;s own attract_text is shown as written).</extracomment>
        <translation type="unfinished">المس الشاشة للبدء</translation>
    </message>
</context>
<context>
    <name>BiasAudit</name>
    <message>
        <source>{caption}: {value}</source>
        <extracomment>Sliders in reading order: in two columns group A sits beside group B.</extracomment>
        <translation type="unfinished">{caption}: {value}</translation>
    </message>
    <message>
        <source>Bias audit simulator</source>
        <translation type="unfinished">محاكي تدقيق التحيز</translation>
    </message>
    <message>
        <source>Approval rate (%)</source>
        <translation type="unfinished">معدل الموافقة (%)</translation>
    </message>
    <message>
        <source>below {threshold}: adverse impact</source>
        <translation type="unfinished">أقل من {threshold}: أثر سلبي</translation>
    </message>
    <message>
        <source>{threshold} or more: no adverse impact</source>
        <translation type="unfinished">{threshold} أو أكثر: لا أثر سلبي</translation>
    </message>
    <message>
        <source>{low} ÷ {high}; {verdict}</source>
        <translation type="unfinished">{low} ÷ {high}؛ {verdict}</translation>
    </message>
    <message>
        <source>approved less often: {low} against {high}</source>
        <translation type="unfinished">موافقة أقل: {low} مقابل {high}</translation>
    </message>
    <message>
        <source>both approved at {rate}</source>
        <translation type="unfinished">كلاهما بمعدل موافقة {rate}</translation>
    </message>
    <message>
        <source>{selected}: {sel_a} of {n_a} ({name_a}), {sel_b} of {n_b} ({name_b})</source>
        <translation type="unfinished">{selected}: {sel_a} من {n_a} ({name_a})، {sel_b} من {n_b} ({name_b})</translation>
    </message>
    <message>
        <source>{rule}: {band}</source>
        <translation type="unfinished">{rule}: {band}</translation>
    </message>
</context>
<context>
    <name>BiasChart</name>
    <message>
        <source>{a} and {b} below it</source>
        <extracomment>Pixels kept between a bar&apos;s value label and the threshold line.</extracomment>
        <translation type="unfinished">{a} و{b} دونه</translation>
    </message>
    <message>
        <source>{group} below it</source>
        <translation type="unfinished">{group} دونه</translation>
    </message>
    <message>
        <source>no group below it</source>
        <translation type="unfinished">لا توجد مجموعة دونه</translation>
    </message>
    <message>
        <source>{a}: {rate_a}; {b}: {rate_b}; {line}: {rate_t}, {verdict}.</source>
        <translation type="unfinished">{a}: {rate_a}؛ {b}: {rate_b}؛ {line}: {rate_t}، {verdict}.</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation type="unfinished">العمود</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation type="unfinished">معدل الموافقة</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Certificate of completion: {course}</source>
        <translation type="unfinished">شهادة إتمام: {course}</translation>
    </message>
    <message>
        <source>CERTIFICATE OF COMPLETION</source>
        <translation type="unfinished">شهادة إتمام</translation>
    </message>
    <message>
        <source>COURSE COMPLETION SUMMARY</source>
        <translation type="unfinished">ملخص إتمام الدورة</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation type="unfinished">نشهد بأن</translation>
    </message>
    <message>
        <source>has completed the course</source>
        <translation type="unfinished">قد أتمّ الدورة</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation type="unfinished">بتاريخ {date}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished">ناجح</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation type="unfinished">غير ناجح</translation>
    </message>
    <message>
        <source>{percent}% overall completion · {correct} of {questions} quiz questions correct · {steps} of {total} steps completed · {verdict} (pass mark {pass_mark}%)</source>
        <translation type="unfinished">الإتمام الإجمالي: {percent}% · الأسئلة الصحيحة: {correct} من {questions} · الخطوات المكتملة: {steps} من {total} · {verdict} (درجة النجاح: {pass_mark}%)</translation>
    </message>
    <message>
        <source>Quiz {number}: {result}</source>
        <translation type="unfinished">الاختبار {number}: {result}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">التاريخ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished">التوقيع</translation>
    </message>
    <message>
        <source>Verification code: {code}</source>
        <translation type="unfinished">رمز التحقق: {code}</translation>
    </message>
    <message>
        <source>The code is a hash of this attempt&apos;s results. It also stands in the learner&apos;s exported learning record (xAPI), in the course&apos;s &quot;completed&quot; statement, so a trainer can match this page to the record.</source>
        <translation type="unfinished">الرمز قيمة تجزئة (hash) لنتائج هذه المحاولة. ويرد أيضًا في سجل التعلم الذي صدّره المتعلم (xAPI)، في بيان &quot;completed&quot; الخاص بالدورة، ليتمكن المدرب من مطابقة هذه الصفحة مع السجل.</translation>
    </message>
    <message>
        <source>Course: {iri} (content version {version}) · Registration: {registration}</source>
        <translation type="unfinished">الدورة: {iri} (إصدار المحتوى {version}) · التسجيل: {registration}</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished">لم تتم الإجابة</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished">صحيح</translation>
    </message>
    <message>
        <source>Incorrect (answer: {answer})</source>
        <translation type="unfinished">خطأ (الإجابة: {answer})</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show values</source>
        <extracomment>title and &quot;Show values&quot; side by side from this width, in characters</extracomment>
        <translation type="unfinished">عرض القيم</translation>
    </message>
    <message>
        <source>Show the values of {title} as a table</source>
        <translation type="unfinished">عرض قيم {title} كجدول</translation>
    </message>
    <message>
        <source>{title}: values</source>
        <translation type="unfinished">{title}: القيم</translation>
    </message>
    <message>
        <source>Hide values</source>
        <translation type="unfinished">إخفاء القيم</translation>
    </message>
</context>
<context>
    <name>ChoiceForm</name>
    <message>
        <source>Use-case form</source>
        <extracomment>Options above this count are laid out in two columns.</extracomment>
        <translation type="unfinished">نموذج حالة الاستخدام</translation>
    </message>
    <message>
        <source>Question {number}: {question}</source>
        <translation type="unfinished">السؤال {number}: {question}</translation>
    </message>
    <message>
        <source>{number}. {question}</source>
        <translation type="unfinished">{number}. {question}</translation>
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
    <name>ClosingPage</name>
    <message>
        <source>Back to course home</source>
        <extracomment>A checklist item tied to the whole course is practised once every step is complete.</extracomment>
        <translation type="unfinished">العودة إلى الصفحة الرئيسية للدورة</translation>
    </message>
    <message>
        <source>Ticked: what you practised in this course. The others are worth a look before you apply them.</source>
        <translation type="unfinished">المؤشَّر عليه: ما تدرّبت عليه في هذه الدورة. ويستحق الباقي نظرة قبل تطبيقه.</translation>
    </message>
    <message>
        <source>practised</source>
        <translation type="unfinished">تم التدرّب عليه</translation>
    </message>
    <message>
        <source>not practised yet</source>
        <translation type="unfinished">لم يُتدرَّب عليه بعد</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation type="unfinished">شهادتك</translation>
    </message>
    <message>
        <source>Type your name as it should stand on the certificate, then save it as a PDF.</source>
        <translation type="unfinished">اكتب اسمك كما ينبغي أن يظهر على الشهادة، ثم احفظها بصيغة PDF.</translation>
    </message>
    <message>
        <source>Your name for the certificate</source>
        <translation type="unfinished">اسمك على الشهادة</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished">اسمك</translation>
    </message>
    <message>
        <source>Get your certificate</source>
        <translation type="unfinished">احصل على شهادتك</translation>
    </message>
    <message>
        <source>The certificate needs this first:</source>
        <translation type="unfinished">تحتاج الشهادة أولًا إلى ما يلي:</translation>
    </message>
</context>
<context>
    <name>ComplianceResultView</name>
    <message>
        <source>Hide</source>
        <extracomment>status -&gt; (icon, colour token); the callout kind colours the verdict box. A check line narrower than this (in average characters) puts its status under the check. A space after one of these words starts no new line: &quot;Art. 22&quot;, &quot;Abs. 3&quot;, &quot;lit. a&quot;, &quot;GDPR Art. 6&quot;, &quot;Recital 71&quot; stay whole (review item 12).</extracomment>
        <translation type="unfinished">إخفاء</translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished">لماذا</translation>
    </message>
    <message>
        <source>Why: {check}</source>
        <translation type="unfinished">لماذا: {check}</translation>
    </message>
    <message>
        <source>Overall verdict</source>
        <translation type="unfinished">الحكم العام</translation>
    </message>
    <message>
        <source>Compliance result</source>
        <translation type="unfinished">نتيجة الامتثال</translation>
    </message>
    <message>
        <source>Check by check</source>
        <translation type="unfinished">نتيجة كل فحص</translation>
    </message>
</context>
<context>
    <name>CostCalculator</name>
    <message>
        <source>{driver}: {basis}</source>
        <extracomment>Rows of the sensitivity chart&apos;s values table (evenly spread over the range).</extracomment>
        <translation type="unfinished">{driver}: {basis}</translation>
    </message>
    <message>
        <source>{before}: {amount}</source>
        <translation type="unfinished">{before}: {amount}</translation>
    </message>
    <message>
        <source>{total}: {amount}</source>
        <translation type="unfinished">{total}: {amount}</translation>
    </message>
    <message>
        <source>{break_even}: {value}</source>
        <translation type="unfinished">{break_even}: {value}</translation>
    </message>
    <message>
        <source>{current}: {value}. {cost_series} {cost}, {net_series} {net}. {break_even}</source>
        <translation type="unfinished">{current}: {value}. {cost_series} {cost}، {net_series} {net}. {break_even}</translation>
    </message>
</context>
<context>
    <name>DestructiveConfirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>DiagramPart</name>
    <message>
        <source>Architecture diagram: {layers}</source>
        <extracomment>Below this width (in average characters) the details go under the diagram. The details pane&apos;s measure: a readable line, whatever the node&apos;s text. The smallest diagram height, and what the panes leave free of the visible page. With enlarged text, node names are drawn at least this share of the body text&apos;s height. Stacked under a scrolling diagram, the details take this share of the visible height.</extracomment>
        <translation type="unfinished">مخطط البنية: {layers}</translation>
    </message>
    <message>
        <source>{layer}: {nodes}.</source>
        <translation type="unfinished">{layer}: {nodes}.</translation>
    </message>
    <message>
        <source>Tab moves between nodes; Enter or Space selects one.</source>
        <translation type="unfinished">ينتقل Tab بين العقد؛ ويحدد Enter أو مفتاح المسافة إحداها.</translation>
    </message>
    <message>
        <source>Choose a node in the diagram to see {headings}.</source>
        <translation type="obsolete">اختر عقدة في المخطط لعرض {headings}.</translation>
    </message>
    <message>
        <source>Choose a node in the diagram to see its details: {headings}.</source>
        <translation type="unfinished">اختر عقدة في المخطط لعرض تفاصيلها: {headings}.</translation>
    </message>
    <message>
        <source>No node selected yet</source>
        <translation type="unfinished">لم تُحدَّد أي عقدة بعد</translation>
    </message>
    <message>
        <source>No node selected. Choose a node to trace its data path through the architecture.</source>
        <translation type="unfinished">لم تُحدَّد أي عقدة. اختر عقدة لتتبّع مسار بياناتها عبر البنية.</translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished">محددة</translation>
    </message>
    <message>
        <source>on the selected node&apos;s data path</source>
        <translation type="unfinished">على مسار بيانات العقدة المحددة</translation>
    </message>
    <message>
        <source>explored</source>
        <translation type="unfinished">مستكشَفة</translation>
    </message>
    <message>
        <source>not explored yet</source>
        <translation type="unfinished">لم تُستكشف بعد</translation>
    </message>
    <message>
        <source>{label} ({subtitle}), {layer}: {states}</source>
        <translation type="unfinished">{label} ({subtitle})، {layer}: {states}</translation>
    </message>
    <message>
        <source>Selected: {node}. Its data path: {path}.</source>
        <translation type="unfinished">المحددة: {node}. مسار البيانات: {path}.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished">التغذية الراجعة</translation>
    </message>
    <message>
        <source>{loop}: {source} back to {target}.</source>
        <translation type="unfinished">{loop}: من {source} عودةً إلى {target}.</translation>
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
    <name>GdprChecker</name>
    <message>
        <source>{first} and {last}</source>
        <extracomment>Below this width (in average characters) the result goes under the controls.</extracomment>
        <translation type="unfinished">{first} و{last}</translation>
    </message>
    <message>
        <source>GDPR compliance checker</source>
        <translation type="unfinished">مدقق الامتثال للائحة العامة لحماية البيانات</translation>
    </message>
    <message>
        <source>How to choose the use case</source>
        <translation type="unfinished">كيفية اختيار حالة الاستخدام</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished">حالة الاستخدام</translation>
    </message>
    <message>
        <source>Use case to check</source>
        <translation type="unfinished">حالة الاستخدام المراد فحصها</translation>
    </message>
    <message>
        <source>Still to answer: question {numbers}.</source>
        <translation type="unfinished">لم تتم الإجابة بعد: السؤال {numbers}.</translation>
    </message>
    <message>
        <source>Still to answer: questions {numbers}.</source>
        <translation type="unfinished">لم تتم الإجابة بعد: الأسئلة {numbers}.</translation>
    </message>
    <message>
        <source>Result: {use_case}</source>
        <translation type="unfinished">النتيجة: {use_case}</translation>
    </message>
    <message>
        <source>Result: your use case</source>
        <translation type="unfinished">النتيجة: حالة الاستخدام الخاصة بك</translation>
    </message>
    <message>
        <source>The verdict and every check, with the article it applies, appear here.</source>
        <translation type="unfinished">يظهر هنا الحكم وكل فحص مع المادة التي يطبّقها.</translation>
    </message>
</context>
<context>
    <name>GridMarker</name>
    <message>
        <source>{name}, {kind}, {quadrant}</source>
        <translation type="unfinished">{name}، {kind}، {quadrant}</translation>
    </message>
    <message>
        <source>{name}, {kind}</source>
        <translation type="unfinished">{name}، {kind}</translation>
    </message>
    <message>
        <source>Press Enter or Space to show the strategy</source>
        <translation type="unfinished">اضغط Enter أو مفتاح المسافة لعرض الاستراتيجية</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>In this package</source>
        <translation type="unfinished">في هذه الحزمة</translation>
    </message>
    <message>
        <source>Open the course</source>
        <translation type="unfinished">فتح الدورة</translation>
    </message>
    <message>
        <source>Open {framework}</source>
        <translation type="unfinished">فتح {framework}</translation>
    </message>
    <message>
        <source>Framework {number}: {title}</source>
        <translation type="unfinished">الإطار {number}: {title}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Time left before the session ends</source>
        <translation type="unfinished">الوقت المتبقي قبل انتهاء الجلسة</translation>
    </message>
    <message>
        <source>{continue_text}: keep this session</source>
        <translation type="unfinished">{continue_text}: مواصلة هذه الجلسة</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s)</source>
        <translation type="unfinished">
            <numerusform>البدء من جديد بعد %n ثانية</numerusform>
            <numerusform>البدء من جديد بعد %n ثانية</numerusform>
            <numerusform>البدء من جديد بعد %n ثانيتين</numerusform>
            <numerusform>البدء من جديد بعد %n ثوانٍ</numerusform>
            <numerusform>البدء من جديد بعد %n ثانية</numerusform>
            <numerusform>البدء من جديد بعد %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>The CTO asks</source>
        <translation type="unfinished">سؤال المدير التقني (CTO)</translation>
    </message>
    <message>
        <source>Start step 1: {title}</source>
        <translation type="unfinished">ابدأ الخطوة 1: {title}</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Step {number}: {title}</source>
        <extracomment>Qt calls, and only the declared shell interface (desktop.shell.Shell) beyond them. How the admin&apos;s exit leaves the app; tests replace it.</extracomment>
        <translation type="obsolete">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <source>Quiz {number}: {question}</source>
        <extracomment>Qt calls, and only the declared shell interface (desktop.shell.Shell) beyond them. How the admin&apos;s exit leaves the app; tests replace it.</extracomment>
        <translation type="unfinished">الاختبار {number}: {question}</translation>
    </message>
</context>
<context>
    <name>LabelledSlider</name>
    <message>
        <source>{label}, exact value</source>
        <extracomment>A QLineEdit&apos;s own margin on each side of its text (QLineEditPrivate::horizontalMargin). Characters a number may be typed with: whatever else the box shows is its unit.</extracomment>
        <translation type="unfinished">{label}، القيمة الدقيقة</translation>
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
    <name>LeverToggle</name>
    <message>
        <source>On</source>
        <translation type="unfinished">تشغيل</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished">إيقاف</translation>
    </message>
</context>
<context>
    <name>LrsLink</name>
    <message>
        <source>Your learning records stay on this computer for now: the learning record store settings have problems (your IT department can see why).</source>
        <translation type="unfinished">تبقى سجلات تعلمك على هذا الحاسوب حاليًا: إعدادات مخزن سجلات التعلم (LRS) بها مشكلات (يمكن لقسم تقنية المعلومات لديك معرفة السبب).</translation>
    </message>
    <message>
        <source>Learning record store: checking…</source>
        <translation type="unfinished">مخزن سجلات التعلم: جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Send &amp;records now</source>
        <translation type="unfinished">إ&amp;رسال السجلات الآن</translation>
    </message>
    <message>
        <source>Send your waiting learning records to {lrs} now</source>
        <translation type="unfinished">إرسال سجلات تعلمك المنتظرة إلى {lrs} الآن</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished">إرسال الآن</translation>
    </message>
    <message>
        <source>Send your learning records to {lrs} now</source>
        <translation type="unfinished">إرسال سجلات تعلمك إلى {lrs} الآن</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back to {place}</source>
        <extracomment>Consulted before the window closes; kiosk mode refuses unless an admin unlocked.</extracomment>
        <translation type="unfinished">العودة إلى {place}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">السابق</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left)</source>
        <translation type="unfinished">الصفحة السابقة (Alt+Left)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">التالي</translation>
    </message>
    <message>
        <source>Next page (Alt+Right)</source>
        <translation type="unfinished">الصفحة التالية (Alt+Right)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished">إنهاء</translation>
    </message>
    <message>
        <source>Finish the course, or see what is still to do</source>
        <translation type="unfinished">إنهاء الدورة، أو معرفة ما تبقّى</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">متابعة</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation type="unfinished">المتابعة من حيث توقفت</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished">البدء من جديد</translation>
    </message>
    <message>
        <source>Start over and forget saved progress</source>
        <translation type="unfinished">البدء من جديد وتجاهل التقدم المحفوظ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">موافق</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished">إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>Save a copy elsewhere…</source>
        <translation type="unfinished">حفظ نسخة في مكان آخر…</translation>
    </message>
    <message>
        <source>Save a copy of your progress in another folder</source>
        <translation type="unfinished">حفظ نسخة من تقدمك في مجلد آخر</translation>
    </message>
    <message>
        <source>Progress is not being saved</source>
        <translation type="unfinished">لا يُحفظ التقدم</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Start over…</source>
        <translation type="unfinished">البدء من &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished">الصفحة التا&amp;لية</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished">الصفحة ال&amp;سابقة</translation>
    </message>
    <message>
        <source>Course &amp;home</source>
        <translation type="unfinished">الصفحة ال&amp;رئيسية</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished">اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished">&amp;حول</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished">ال&amp;مظهر</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished">اتباع إعدادات الن&amp;ظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished">&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished">&amp;داكن</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished">تباين &amp;عالٍ</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished">&amp;حجم النص</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished">أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished">أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished">الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation type="unfinished">&amp;تقليل الحركة</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation type="unfinished">الخطوة {number} من {count}</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished">المقدمة</translation>
    </message>
    <message>
        <source>Course home</source>
        <translation type="unfinished">الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <source>Step {number} completed. Now {page}.</source>
        <translation type="unfinished">اكتملت الخطوة {number}. الآن: {page}.</translation>
    </message>
    <message>
        <source>{percent}% done</source>
        <translation type="unfinished">{percent}% مكتمل</translation>
    </message>
    <message>
        <source>Your progress: {percent} percent. Opens the score card.</source>
        <translation type="unfinished">تقدمك: {percent} بالمئة. يفتح بطاقة النتائج.</translation>
    </message>
    <message>
        <source>Not finished yet. Still to do:</source>
        <translation type="unfinished">لم تكتمل بعد. ما زال مطلوبًا:</translation>
    </message>
    <message>
        <source>Welcome back. You were at {place}. Continue where you left off, or start over?</source>
        <translation type="unfinished">مرحبًا بعودتك. كنت في {place}. هل تريد المتابعة من حيث توقفت أم البدء من جديد؟</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation type="unfinished">البدء من جديد؟</translation>
    </message>
    <message>
        <source>Start the course again from the beginning? Your answers, completed steps and settings on every page will be forgotten.</source>
        <translation type="unfinished">هل تريد بدء الدورة مجددًا من البداية؟ ستُنسى إجاباتك والخطوات المكتملة والإعدادات في كل صفحة.</translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished">حول</translation>
    </message>
    <message>
        <source>App version {app}, course content version {content}.</source>
        <translation type="unfinished">إصدار التطبيق {app}، إصدار محتوى الدورة {content}.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished">اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation type="unfinished">الصفحة التالية / السابقة</translation>
    </message>
    <message>
        <source>Larger / smaller / normal text</source>
        <translation type="unfinished">نص أكبر / أصغر / عادي</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="unfinished">التنقل بين عناصر التحكم</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished">مفاتيح الأسهم</translation>
    </message>
    <message>
        <source>Move between quiz options; move a slider</source>
        <translation type="unfinished">التنقل بين خيارات الاختبار؛ تحريك شريط التمرير</translation>
    </message>
    <message>
        <source>Enter or Space</source>
        <translation type="unfinished">Enter أو مفتاح المسافة</translation>
    </message>
    <message>
        <source>Answer with the focused option; press the focused button</source>
        <translation type="unfinished">الإجابة بالخيار المحدد؛ الضغط على الزر المحدد</translation>
    </message>
    <message>
        <source>Move a slider in big steps, or to its ends</source>
        <translation type="unfinished">تحريك شريط التمرير بخطوات كبيرة أو إلى طرفيه</translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished">هذه القائمة</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished">الإجراء</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>Answer quiz {number}</source>
        <translation type="unfinished">أجب عن الاختبار {number}</translation>
    </message>
    <message>
        <source>Try “{part}”</source>
        <translation type="unfinished">جرّب «{part}»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Step {number}:</source>
        <translation type="unfinished">الخطوة {number}:</translation>
    </message>
    <message>
        <source>Step {number}: {thing}</source>
        <translation type="unfinished">الخطوة {number}: {thing}</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your name for the certificate</source>
        <translation type="unfinished">اسمك على الشهادة</translation>
    </message>
    <message>
        <source>Your name appears on your certificate and in the learning record you export. The e-mail is optional: give it if your trainer&apos;s learning system knows learners by e-mail. Both stay on this computer unless you export them, and &quot;Delete my data&quot; erases them.</source>
        <translation type="unfinished">يظهر اسمك على شهادتك وفي سجل التعلم الذي تصدّره. البريد الإلكتروني اختياري: أدخله إذا كان نظام التعلم لدى مدربك يعرّف المتعلمين ببريدهم الإلكتروني. يبقى كلاهما على هذا الحاسوب ما لم تصدّرهما، ويمحوهما «حذف بياناتي».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished">البريد الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <source>Your e-mail address, optional</source>
        <translation type="unfinished">بريدك الإلكتروني، اختياري</translation>
    </message>
    <message>
        <source>Problem with the name or e-mail</source>
        <translation type="unfinished">مشكلة في الاسم أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Save name for the certificate</source>
        <translation type="unfinished">حفظ الاسم للشهادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>NodeDetail</name>
    <message>
        <source>Details: {title}</source>
        <translation type="unfinished">التفاصيل: {title}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">فتح المجلد</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">موافق</translation>
    </message>
</context>
<context>
    <name>OrgChartView</name>
    <message>
        <source>{box}, {role}</source>
        <extracomment>A chart given more width than it needs is drawn at most this much larger, so the box text stays near the page&apos;s text size instead of growing with the window.</extracomment>
        <translation type="unfinished">{box}، {role}</translation>
    </message>
    <message>
        <source>Org chart</source>
        <extracomment>The boxes were measured again (a new text size or theme): new arrangement widths. scene sizes by the arrangement each chart takes (a few; found once per text size)</extracomment>
        <translation type="unfinished">الهيكل التنظيمي</translation>
    </message>
    <message>
        <source>{box} ({role})</source>
        <translation type="unfinished">{box} ({role})</translation>
    </message>
    <message>
        <source>{lead} leads {reports}.</source>
        <translation type="unfinished">{lead} يقود {reports}.</translation>
    </message>
    <message>
        <source>{box}.</source>
        <translation type="unfinished">{box}.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Enter the administrator PIN.</source>
        <translation type="unfinished">أدخل رمز PIN الخاص بالمسؤول.</translation>
    </message>
    <message>
        <source>This kiosk cannot be unlocked here: no administrator PIN has been set up. Please ask the staff who look after it.</source>
        <translation type="unfinished">لا يمكن إلغاء قفل هذا الكشك هنا: لم يُعيَّن رمز PIN للمسؤول. يُرجى سؤال الموظفين المسؤولين عنه.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانيتين</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation type="unfinished">{hours} و{minutes}</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation type="unfinished">رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>PIN number pad</source>
        <translation type="unfinished">لوحة أرقام PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished">مسح</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished">حذف آخر رقم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Cancel and go back to the course</source>
        <translation type="unfinished">إلغاء والعودة إلى الدورة</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">إلغاء القفل</translation>
    </message>
    <message>
        <source>Unlock with this PIN</source>
        <translation type="unfinished">إلغاء القفل بهذا الرمز</translation>
    </message>
    <message>
        <source>Digit {digit}</source>
        <translation type="unfinished">الرقم {digit}</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n try/tries left before the pad locks.</source>
        <translation type="unfinished">
            <numerusform>رمز PIN خاطئ. تبقّت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز PIN خاطئ. تبقّت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز PIN خاطئ. تبقّت %n محاولتان قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز PIN خاطئ. تبقّت %n محاولات قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز PIN خاطئ. تبقّت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز PIN خاطئ. تبقّت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked; try again in {wait}.</source>
        <translation type="unfinished">محاولات خاطئة كثيرة. لوحة الأرقام مقفلة؛ يُرجى المحاولة مجددًا بعد {wait}.</translation>
    </message>
    <message numerus="yes">
        <source>PIN entered: %n digit(s)</source>
        <translation type="unfinished">
            <numerusform>رمز PIN المُدخل: %n رقم</numerusform>
            <numerusform>رمز PIN المُدخل: %n رقم</numerusform>
            <numerusform>رمز PIN المُدخل: %n رقمان</numerusform>
            <numerusform>رمز PIN المُدخل: %n أرقام</numerusform>
            <numerusform>رمز PIN المُدخل: %n رقمًا</numerusform>
            <numerusform>رمز PIN المُدخل: %n رقم</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN entered: no digits</source>
        <translation type="unfinished">رمز PIN المُدخل: لا أرقام</translation>
    </message>
</context>
<context>
    <name>QuizCard</name>
    <message>
        <source>Your answer: correct</source>
        <extracomment>Unicode marks: right-to-left mark and isolate, first-strong isolate, pop directional isolate.</extracomment>
        <translation type="unfinished">إجابتك: صحيحة</translation>
    </message>
    <message>
        <source>Your answer: not correct</source>
        <translation type="unfinished">إجابتك: غير صحيحة</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation type="unfinished">الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Quiz {number} of {total}</source>
        <translation type="unfinished">الاختبار {number} من {total}</translation>
    </message>
    <message>
        <source>The right answer is {answer}</source>
        <translation type="unfinished">الإجابة الصحيحة هي {answer}</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished">صحيح</translation>
    </message>
    <message>
        <source>Not quite: the answer is {key}</source>
        <translation type="unfinished">ليس تمامًا: الإجابة هي {key}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Learning records are off because the course&apos;s course_iri is not a web address; please tell your trainer.</source>
        <extracomment>How a save path is asked; tests replace it to skip the dialog. How &quot;Delete my data&quot; is confirmed (parent, title, text, action); tests replace it.</extracomment>
        <translation type="unfinished">سجلات التعلم معطّلة لأن course_iri الخاص بالدورة ليس عنوان ويب؛ يُرجى إبلاغ مدربك.</translation>
    </message>
    <message>
        <source>Your learning records stay on this computer for now: the learning record store settings are meant for a kiosk (your IT department can see why).</source>
        <translation type="unfinished">تبقى سجلات تعلمك على هذا الحاسوب حاليًا: إعدادات مخزن سجلات التعلم (LRS) مخصّصة للكشك (يمكن لقسم تقنية المعلومات لديك معرفة السبب).</translation>
    </message>
    <message>
        <source>Your learning record could not be saved on this computer ({reason}).</source>
        <translation type="unfinished">تعذّر حفظ سجل تعلمك على هذا الحاسوب ({reason}).</translation>
    </message>
    <message>
        <source>A kiosk makes no certificates.</source>
        <translation type="unfinished">لا يُصدر الكشك شهادات.</translation>
    </message>
    <message>
        <source>The certificate is available once the course is complete. Still to do:</source>
        <translation type="unfinished">تتاح الشهادة بعد إكمال الدورة. ما زال مطلوبًا:</translation>
    </message>
    <message>
        <source>Please give your name for the certificate first (File &gt; Your name for the certificate).</source>
        <translation type="unfinished">يُرجى إدخال اسمك للشهادة أولًا (ملف &gt; اسمك على الشهادة).</translation>
    </message>
    <message>
        <source>The certificate could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ الشهادة: {reason}.</translation>
    </message>
    <message>
        <source>The certificate could not be written to {path}.</source>
        <translation type="unfinished">تعذّرت كتابة الشهادة في {path}.</translation>
    </message>
    <message>
        <source>Your certificate was saved.</source>
        <translation type="unfinished">حُفظت شهادتك.</translation>
    </message>
    <message>
        <source>Your completion has reached {lrs}.</source>
        <translation type="unfinished">وصل إتمامك إلى {lrs}.</translation>
    </message>
    <message>
        <source>Your completion has not reached {lrs} yet; it will be sent when the network is back (File &gt; Send records now).</source>
        <translation type="unfinished">لم يصل إتمامك إلى {lrs} بعد؛ سيُرسل عند عودة الشبكة (ملف &gt; إرسال السجلات الآن).</translation>
    </message>
    <message>
        <source>A kiosk keeps no learning record.</source>
        <translation type="unfinished">لا يحتفظ الكشك بسجل تعلم.</translation>
    </message>
    <message>
        <source>The learning record could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ سجل التعلم: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Your learning record (%n xAPI statement(s)) was saved. Your trainer can post it to the course&apos;s learning record store.</source>
        <translation type="unfinished">
            <numerusform>حُفظ سجل تعلمك (%n بيان xAPI). يمكن لمدربك إرساله إلى مخزن سجلات التعلم (LRS) الخاص بالدورة.</numerusform>
            <numerusform>حُفظ سجل تعلمك (%n بيان xAPI). يمكن لمدربك إرساله إلى مخزن سجلات التعلم (LRS) الخاص بالدورة.</numerusform>
            <numerusform>حُفظ سجل تعلمك (%n بيانان xAPI). يمكن لمدربك إرساله إلى مخزن سجلات التعلم (LRS) الخاص بالدورة.</numerusform>
            <numerusform>حُفظ سجل تعلمك (%n بيانات xAPI). يمكن لمدربك إرساله إلى مخزن سجلات التعلم (LRS) الخاص بالدورة.</numerusform>
            <numerusform>حُفظ سجل تعلمك (%n بيانًا xAPI). يمكن لمدربك إرساله إلى مخزن سجلات التعلم (LRS) الخاص بالدورة.</numerusform>
            <numerusform>حُفظ سجل تعلمك (%n بيان xAPI). يمكن لمدربك إرساله إلى مخزن سجلات التعلم (LRS) الخاص بالدورة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ الملخص: {reason}.</translation>
    </message>
    <message>
        <source>Your summary was saved.</source>
        <translation type="unfinished">حُفظ ملخصك.</translation>
    </message>
    <message>
        <source>The records bundle could not be saved: {reason}.</source>
        <translation type="unfinished">تعذّر حفظ حزمة السجلات: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Your records bundle (%n xAPI statement(s), summary, certificate) was saved.</source>
        <translation type="unfinished">
            <numerusform>حُفظت حزمة سجلاتك (%n بيان xAPI، الملخص، الشهادة).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيان xAPI، الملخص، الشهادة).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيانان xAPI، الملخص، الشهادة).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيانات xAPI، الملخص، الشهادة).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيانًا xAPI، الملخص، الشهادة).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيان xAPI، الملخص، الشهادة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your records bundle (%n xAPI statement(s), summary) was saved.</source>
        <translation type="unfinished">
            <numerusform>حُفظت حزمة سجلاتك (%n بيان xAPI، الملخص).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيان xAPI، الملخص).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيانان xAPI، الملخص).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيانات xAPI، الملخص).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيانًا xAPI، الملخص).</numerusform>
            <numerusform>حُفظت حزمة سجلاتك (%n بيان xAPI، الملخص).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your trainer can send it to the course&apos;s learning record store from any connected computer.</source>
        <translation type="unfinished">يمكن لمدربك إرسالها إلى مخزن سجلات التعلم الخاص بالدورة من أي حاسوب متصل بالشبكة.</translation>
    </message>
    <message>
        <source>Delete my data?</source>
        <translation type="unfinished">حذف بياناتي؟</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation type="unfinished">حذف بياناتي</translation>
    </message>
    <message>
        <source>Nothing was erased: the request to withdraw your records from {lrs} could not be saved ({reason}).</source>
        <translation type="unfinished">لم يُمحَ شيء: تعذّر حفظ طلب سحب سجلاتك من {lrs} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>{lrs} is asked to mark your %n record(s) as withdrawn (voided); if this computer is offline, the request goes when the network is back.</source>
        <translation type="unfinished">
            <numerusform>يُطلب من {lrs} وسم سجلاتك (%n سجل) بأنها مسحوبة (voided)؛ وإذا كان هذا الحاسوب غير متصل، فسيُرسل الطلب عند عودة الشبكة.</numerusform>
            <numerusform>يُطلب من {lrs} وسم سجلاتك (%n سجل) بأنها مسحوبة (voided)؛ وإذا كان هذا الحاسوب غير متصل، فسيُرسل الطلب عند عودة الشبكة.</numerusform>
            <numerusform>يُطلب من {lrs} وسم سجلاتك (%n سجلان) بأنها مسحوبة (voided)؛ وإذا كان هذا الحاسوب غير متصل، فسيُرسل الطلب عند عودة الشبكة.</numerusform>
            <numerusform>يُطلب من {lrs} وسم سجلاتك (%n سجلات) بأنها مسحوبة (voided)؛ وإذا كان هذا الحاسوب غير متصل، فسيُرسل الطلب عند عودة الشبكة.</numerusform>
            <numerusform>يُطلب من {lrs} وسم سجلاتك (%n سجلًا) بأنها مسحوبة (voided)؛ وإذا كان هذا الحاسوب غير متصل، فسيُرسل الطلب عند عودة الشبكة.</numerusform>
            <numerusform>يُطلب من {lrs} وسم سجلاتك (%n سجل) بأنها مسحوبة (voided)؛ وإذا كان هذا الحاسوب غير متصل، فسيُرسل الطلب عند عودة الشبكة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase your progress, your name and e-mail and your learning record from this computer? Files you exported elsewhere are not touched. This cannot be undone.</source>
        <translation type="unfinished">هل تريد محو تقدمك واسمك وبريدك الإلكتروني وسجل تعلمك من هذا الحاسوب؟ لن تتأثر الملفات التي صدّرتها إلى أماكن أخرى. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Your records already sent to {lrs} will be marked as withdrawn (voided) there. xAPI keeps a voided record in the store, marked as voided, so {lrs} still holds it; ask your trainer or data protection officer to have it deleted.</source>
        <translation type="unfinished">ستُعلَّم سجلاتك التي أُرسلت بالفعل إلى {lrs} هناك بأنها مسحوبة (voided). يحتفظ xAPI بالسجل المسحوب في المخزن مع وسمه بأنه مسحوب، لذا يظل {lrs} محتفظًا به؛ اطلب من مدربك أو من مسؤول حماية البيانات حذفه.</translation>
    </message>
    <message>
        <source>Your &amp;name for the certificate…</source>
        <translation type="unfinished">ا&amp;سمك على الشهادة…</translation>
    </message>
    <message>
        <source>Give the name (and, if you like, the e-mail) for your certificate</source>
        <translation type="unfinished">أدخل الاسم (والبريد الإلكتروني إن شئت) لشهادتك</translation>
    </message>
    <message>
        <source>&amp;Certificate (PDF)…</source>
        <translation type="unfinished">ال&amp;شهادة (PDF)…</translation>
    </message>
    <message>
        <source>Save your certificate of completion as a PDF</source>
        <translation type="unfinished">حفظ شهادة الإتمام بصيغة PDF</translation>
    </message>
    <message>
        <source>&amp;Export learning record (xAPI)…</source>
        <translation type="unfinished">تصدير سجل ال&amp;تعلم (xAPI)…</translation>
    </message>
    <message>
        <source>Save your learning record as xAPI statements for your trainer</source>
        <translation type="unfinished">حفظ سجل تعلمك كبيانات xAPI لمدربك</translation>
    </message>
    <message>
        <source>Export &amp;summary (CSV)…</source>
        <translation type="unfinished">تصدير ال&amp;ملخص (CSV)…</translation>
    </message>
    <message>
        <source>Save a summary of your steps and quiz answers as a spreadsheet file</source>
        <translation type="unfinished">حفظ ملخص خطواتك وإجاباتك عن الاختبارات كملف جدول بيانات</translation>
    </message>
    <message>
        <source>Export records &amp;bundle (zip)…</source>
        <translation type="unfinished">تصدير &amp;حزمة السجلات (zip)…</translation>
    </message>
    <message>
        <source>Save your record, summary and certificate in one zip for your trainer&apos;s LRS</source>
        <translation type="unfinished">حفظ سجلك وملخصك وشهادتك في ملف zip واحد لمخزن LRS الخاص بمدربك</translation>
    </message>
    <message>
        <source>C&amp;lass report…</source>
        <translation type="unfinished">تقرير ال&amp;فصل…</translation>
    </message>
    <message>
        <source>For trainers: charts of many learners&apos; records bundles or statement files</source>
        <translation type="unfinished">للمدربين: مخططات من حزم السجلات أو ملفات بيانات xAPI لعدد من المتعلمين</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation type="unfinished">حذف &amp;بياناتي…</translation>
    </message>
    <message>
        <source>Erase your progress, name and learning record from this computer</source>
        <translation type="unfinished">محو تقدمك واسمك وسجل تعلمك من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Another file is still being written; please try again in a moment.</source>
        <translation type="unfinished">لا يزال ملف آخر قيد الكتابة؛ يُرجى المحاولة مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Certificate not available yet</source>
        <translation type="unfinished">الشهادة غير متاحة بعد</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished">حفظ الشهادة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished">الشهادة</translation>
    </message>
    <message>
        <source>Export learning record</source>
        <translation type="unfinished">تصدير سجل التعلم</translation>
    </message>
    <message>
        <source>xAPI statements (*.json)</source>
        <translation type="unfinished">بيانات xAPI (*.json)</translation>
    </message>
    <message>
        <source>Learning record</source>
        <translation type="unfinished">سجل التعلم</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation type="unfinished">تصدير الملخص</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">الملخص</translation>
    </message>
    <message>
        <source>Export records bundle</source>
        <translation type="unfinished">تصدير حزمة السجلات</translation>
    </message>
    <message>
        <source>Records bundle (*.zip)</source>
        <translation type="unfinished">حزمة السجلات (*.zip)</translation>
    </message>
    <message>
        <source>Records bundle</source>
        <translation type="unfinished">حزمة السجلات</translation>
    </message>
    <message>
        <source>Class report: choose records bundles or statement files</source>
        <translation type="unfinished">تقرير الفصل: اختر حزم السجلات أو ملفات بيانات xAPI</translation>
    </message>
    <message>
        <source>Records bundles and xAPI statements (*.zip *.json *.jsonl)</source>
        <translation type="unfinished">حزم السجلات وبيانات xAPI (*.zip *.json *.jsonl)</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation type="unfinished">تقرير الفصل</translation>
    </message>
    <message>
        <source>There was nothing of yours to erase on this computer.</source>
        <translation type="unfinished">لم يكن على هذا الحاسوب أي شيء يخصك لمحوه.</translation>
    </message>
    <message>
        <source>your progress</source>
        <translation type="unfinished">تقدمك</translation>
    </message>
    <message>
        <source>your name, e-mail and learner id</source>
        <translation type="unfinished">اسمك وبريدك الإلكتروني ومعرّف المتعلم</translation>
    </message>
    <message>
        <source>your learning record</source>
        <translation type="unfinished">سجل تعلمك</translation>
    </message>
    <message>
        <source>your files</source>
        <translation type="unfinished">ملفاتك</translation>
    </message>
    <message>
        <source>Erased from this computer: {what} ({files}). The course now starts fresh.</source>
        <translation type="unfinished">مُحي من هذا الحاسوب: {what} ({files}). تبدأ الدورة الآن من جديد.</translation>
    </message>
    <message>
        <source>These files could not be erased; please delete them yourself: {files}.</source>
        <translation type="unfinished">تعذّر محو هذه الملفات؛ يُرجى حذفها بنفسك: {files}.</translation>
    </message>
</context>
<context>
    <name>SavingsLevers</name>
    <message>
        <source>{lever}: {basis}</source>
        <extracomment>the two figures side by side from this width, in characters</extracomment>
        <translation type="unfinished">{lever}: {basis}</translation>
    </message>
    <message>
        <source>{before}: {amount}</source>
        <translation type="unfinished">{before}: {amount}</translation>
    </message>
    <message>
        <source>{before}: {total}. {after}: {new_total}.</source>
        <translation type="unfinished">{before}: {total}. {after}: {new_total}.</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>Your progress</source>
        <translation type="unfinished">تقدمك</translation>
    </message>
    <message>
        <source>quiz questions correct</source>
        <translation type="unfinished">أسئلة صحيحة</translation>
    </message>
    <message>
        <source>steps completed</source>
        <translation type="unfinished">خطوات مكتملة</translation>
    </message>
    <message>
        <source>Overall completion</source>
        <translation type="unfinished">الإتمام الإجمالي</translation>
    </message>
    <message>
        <source>A step completes when its quiz is answered and its interactive part has been tried, or with its “Mark step complete” button.</source>
        <translation type="unfinished">تكتمل الخطوة عند الإجابة عن اختبارها وتجربة جزئها التفاعلي، أو بزر «تحديد الخطوة كمكتملة».</translation>
    </message>
    <message>
        <source>See your summary</source>
        <translation type="unfinished">عرض ملخصك</translation>
    </message>
    <message>
        <source>{correct} of {total} quiz questions correct</source>
        <translation type="unfinished">أسئلة صحيحة: {correct} من {total}</translation>
    </message>
    <message>
        <source>{done} of {total} steps completed</source>
        <translation type="unfinished">خطوات مكتملة: {done} من {total}</translation>
    </message>
    <message>
        <source>Overall completion {percent} percent</source>
        <translation type="unfinished">الإتمام الإجمالي {percent} بالمئة</translation>
    </message>
</context>
<context>
    <name>ShapDemo</name>
    <message>
        <source>raises the risk</source>
        <extracomment>Icon, colour token and words for a contribution that raises, lowers or keeps the risk (the words are translated where they are shown; QT_TRANSLATE_NOOP marks them for lupdate).</extracomment>
        <translation type="unfinished">يرفع الخطر</translation>
    </message>
    <message>
        <source>lowers the risk</source>
        <translation type="unfinished">يخفض الخطر</translation>
    </message>
    <message>
        <source>hardly changes the risk</source>
        <translation type="unfinished">لا يكاد يغيّر الخطر</translation>
    </message>
    <message>
        <source>What SHAP values are and are not</source>
        <extracomment>How a risk band looks, from the highest band down: callout kind, icon, colour token.</extracomment>
        <translation type="unfinished">ما هي قيم SHAP وما ليست</translation>
    </message>
    <message>
        <source>{band} ({share})</source>
        <translation type="unfinished">{band} ({share})</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation type="unfinished">{label}: {value}</translation>
    </message>
    <message>
        <source>{label}: {value} ({share})</source>
        <translation type="unfinished">{label}: {value} ({share})</translation>
    </message>
    <message>
        <source>{feature}, {value}: {share}, {effect}</source>
        <translation type="unfinished">{feature}، {value}: {share}، {effect}</translation>
    </message>
    <message>
        <source>Churn risk (probability)</source>
        <translation type="unfinished">خطر تسرّب العميل (احتمال)</translation>
    </message>
    <message>
        <source>From the average customer&apos;s {base}: {parts}; this customer&apos;s risk is {risk}.</source>
        <translation type="unfinished">انطلاقًا من {base} للعميل المتوسط: {parts}؛ خطر هذا العميل هو {risk}.</translation>
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
        <translation type="unfinished">«{quote}»</translation>
    </message>
    <message>
        <source>Hide strategy</source>
        <translation type="unfinished">إخفاء الاستراتيجية</translation>
    </message>
    <message>
        <source>{label} shown: {name}</source>
        <translation type="unfinished">{label} معروضة: {name}</translation>
    </message>
    <message>
        <source>Show strategy</source>
        <translation type="unfinished">عرض الاستراتيجية</translation>
    </message>
    <message>
        <source>Press Enter or Space to show the strategy</source>
        <translation type="unfinished">اضغط Enter أو مفتاح المسافة لعرض الاستراتيجية</translation>
    </message>
    <message>
        <source>{name}, {kind}</source>
        <translation type="unfinished">{name}، {kind}</translation>
    </message>
    <message>
        <source>{quote} {state}</source>
        <translation type="unfinished">{quote} {state}</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>{influence} × {support} grid</source>
        <translation type="unfinished">شبكة {influence} × {support}</translation>
    </message>
    <message>
        <source>← {label}</source>
        <translation type="unfinished">{label} ←</translation>
    </message>
    <message>
        <source>{label} →</source>
        <translation type="unfinished">→ {label}</translation>
    </message>
</context>
<context>
    <name>StakeholderMap</name>
    <message>
        <source>Stakeholder map view</source>
        <extracomment>The grid view&apos;s strategy stands beside the grid from this many characters of width. Grid columns of the card flow: 6 divides evenly into rows of 1, 2 and 3 cards.</extracomment>
        <translation type="unfinished">طريقة عرض خريطة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Show the {view} view</source>
        <translation type="unfinished">إظهار عرض «{view}»</translation>
    </message>
    <message>
        <source>Select a stakeholder on the grid to see their strategy here.</source>
        <translation type="unfinished">اختر صاحب مصلحة في الشبكة لعرض استراتيجيته هنا.</translation>
    </message>
    <message>
        <source>{quadrant}: {description}</source>
        <translation type="unfinished">{quadrant}: {description}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Opening the course…</source>
        <translation type="unfinished">جارٍ فتح الدورة…</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="obsolete">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation type="unfinished">الخطوة {number}</translation>
    </message>
    <message>
        <source>Step {number} completed</source>
        <translation type="unfinished">اكتملت الخطوة {number}</translation>
    </message>
    <message>
        <source>Mark step {number} complete</source>
        <translation type="unfinished">تحديد الخطوة {number} كمكتملة</translation>
    </message>
    <message>
        <source>This step completes by itself once you have done this: {things}. Or mark it complete now.</source>
        <translation type="unfinished">تكتمل هذه الخطوة تلقائيًا بعد أن تنجز ما يلي: {things}. أو حدّدها كمكتملة الآن.</translation>
    </message>
    <message>
        <source>answer quiz {number}</source>
        <translation type="unfinished">الإجابة عن الاختبار {number}</translation>
    </message>
    <message>
        <source>try “{part}”</source>
        <translation type="unfinished">تجربة «{part}»</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="obsolete">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished">مكتملة</translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished">الخطوة الحالية</translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <source>{number}.</source>
        <translation type="unfinished">{number}.</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <translation type="unfinished">{label}: {text}</translation>
    </message>
    <message>
        <source>{number}. {move}</source>
        <translation type="unfinished">{number}. {move}</translation>
    </message>
</context>
<context>
    <name>TeamFit</name>
    <message>
        <source>{label} ({unit})</source>
        <translation type="unfinished">{label} ({unit})</translation>
    </message>
    <message>
        <source>{band} {unit}</source>
        <translation type="unfinished">{band} {unit}</translation>
    </message>
    <message>
        <source>{result}: {title}. {reason}</source>
        <translation type="unfinished">{result}: {title}. {reason}</translation>
    </message>
    <message>
        <source>{structure} is shown above</source>
        <translation type="unfinished">{structure} معروض في الأعلى</translation>
    </message>
    <message>
        <source>Show {structure} above</source>
        <translation type="unfinished">عرض {structure} في الأعلى</translation>
    </message>
</context>
<context>
    <name>TeamStructures</name>
    <message>
        <source>{title}: {item}</source>
        <extracomment>How each role type is drawn: theme colour token and icon (the legend names it in words). The words beside the chart take at most this many characters of width. The chart&apos;s frame: its margins on each side and its border.</extracomment>
        <translation type="unfinished">{title}: {item}</translation>
    </message>
    <message>
        <source>{title}: {items}</source>
        <translation type="unfinished">{title}: {items}</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished">الإيجابيات</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished">السلبيات</translation>
    </message>
    <message>
        <source>Best for: {text}</source>
        <translation type="unfinished">الأنسب لـ: {text}</translation>
    </message>
    <message>
        <source>Team structure</source>
        <translation type="unfinished">هيكل الفريق</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished">الأدوار:</translation>
    </message>
    <message>
        <source>Org chart: {title}</source>
        <translation type="unfinished">الهيكل التنظيمي: {title}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">المخطط الزمني</translation>
    </message>
    <message>
        <source>{period}: {title}</source>
        <translation type="unfinished">{period}: {title}</translation>
    </message>
    <message>
        <source>{period}: {title}.</source>
        <translation type="unfinished">{period}: {title}.</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Row</source>
        <extracomment>Where the probability ticks stand (their text is written in the learner&apos;s locale). The row labels&apos; column takes at most this share of the plot; longer labels wrap. Where a row&apos;s label does not fit beside the bars, it stands above its bar; the bar, at most this share of a line&apos;s height, runs below with its value beside it. How small the labels above the bars may get to keep to one line, as a share of the text. Below this share of the plot per unit of risk, the total&apos;s label takes two lines.</extracomment>
        <translation type="unfinished">الصف</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished">القيمة</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished">المجموع التراكمي</translation>
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
</context>
<context>
    <name>notices</name>
    <message>
        <source>Your appearance settings could not be read, so the defaults apply for now.</source>
        <translation type="unfinished">تعذّرت قراءة إعدادات المظهر، لذا تُطبَّق الإعدادات الافتراضية حاليًا.</translation>
    </message>
    <message>
        <source>Your appearance settings were damaged, so the defaults apply; the old file was kept as {name}.</source>
        <translation type="unfinished">كانت إعدادات المظهر تالفة، لذا تُطبَّق الإعدادات الافتراضية؛ وحُفظ الملف القديم باسم {name}.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged or unreadable, so the course starts fresh; the old file was kept as {name}.</source>
        <translation type="unfinished">كان تقدّمك المحفوظ تالفًا أو غير قابل للقراءة، لذا تبدأ الدورة من جديد؛ وحُفظ الملف القديم باسم {name}.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read, so the course starts fresh and nothing is saved, to keep the old file ({path}).</source>
        <translation type="unfinished">تعذّرت قراءة تقدّمك المحفوظ، لذا تبدأ الدورة من جديد ولن يُحفظ شيء، حفاظًا على الملف القديم ({path}).</translation>
    </message>
</context>
<context>
    <name>relaunch</name>
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
        <source>The course is now shown in {language}.</source>
        <translation type="unfinished">تُعرض الدورة الآن باللغة {language}.</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Step {number}: {title}</source>
        <translation type="unfinished">الخطوة {number}: {title}</translation>
    </message>
    <message>
        <source>Quiz {number}</source>
        <translation type="unfinished">الاختبار {number}</translation>
    </message>
    <message>
        <source>GDPR checker</source>
        <translation type="unfinished">مدقق اللائحة العامة لحماية البيانات</translation>
    </message>
    <message>
        <source>Bias audit</source>
        <translation type="unfinished">تدقيق التحيز</translation>
    </message>
    <message>
        <source>Please keep your name under {count} characters.</source>
        <translation type="unfinished">يُرجى أن يكون اسمك أقل من {count} حرفًا.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished">يُرجى إدخال اسمك.</translation>
    </message>
    <message>
        <source>Your name cannot contain control characters or text-direction marks.</source>
        <translation type="unfinished">لا يمكن أن يحتوي اسمك على محارف تحكم أو علامات اتجاه النص.</translation>
    </message>
    <message>
        <source>Your name needs at least one letter.</source>
        <translation type="unfinished">يحتاج اسمك إلى حرف واحد على الأقل.</translation>
    </message>
    <message>
        <source>That does not look like an e-mail address (name@example.com). Leave it empty if you prefer.</source>
        <translation type="unfinished">لا يبدو هذا عنوان بريد إلكتروني (name@example.com). اتركه فارغًا إن شئت.</translation>
    </message>
</context>
</TS>
