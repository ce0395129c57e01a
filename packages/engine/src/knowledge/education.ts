// Education topics for clients: what pain is, how to dose activity, how to set up work and rest, and how to
// keep progress going. Written for the home program in Tandem's own words; plain, warm and accurate.
// The pain-monitoring advice follows the Silbernagel model (Silbernagel et al. 2007, Am J Sports Med 35:897).
// Falls prevention follows the World Falls Guidelines (Montero-Odasso et al. 2022) and Sherrington et al. 2019
// (Cochrane CD012424); exercise in pregnancy follows ACOG 2020 Committee Opinion 804 and Mottola et al. 2018.
// Osteoarthritis follows NICE NG226 (2022) and OARSI (Bannuru et al. 2019): exercise and weight management first.
// Patellofemoral pain follows Crossley et al. 2016 (BJSM consensus) and Willy et al. 2019 (JOSPT guideline); tendon
// loading follows Malliaras et al. 2015 and Beyer et al. 2015 (isometric holds, then heavy slow resistance); pelvic
// girdle pain in pregnancy follows Vleeming et al. 2008 (European guidelines, Eur Spine J 17:794).
import type { z } from 'zod';
import { PREGNANCY_WARNING_SIGNS } from '../screening/precaution-rules.ts';
import type { ZEducationTopic } from './schema.ts';

export const EDUCATION_TOPICS: readonly z.input<typeof ZEducationTopic>[] = [
  {
    id: 'hurt_is_not_harm',
    title: 'Hurt does not always mean harm',
    summary:
      'Pain is a protective signal produced by your nervous system, and in long-lasting pain it often reflects how sensitive the system has become rather than how much damage there is. Feeling some discomfort while you move is usually safe and does not mean you are injuring yourself.',
    keyPoints: [
      'Pain is real, but the amount of pain is a poor guide to the amount of tissue damage, especially after the first few months.',
      'Your body heals most tissue strains within weeks; pain that lingers is usually about an over-protective alarm, not an open wound.',
      'Moderate discomfort during exercise that settles afterwards is a sign you are working, not a sign you are breaking something.',
      'Scans often show changes such as disc bulges or wear in people with no pain at all, so a scan finding alone rarely explains your pain.',
      'Your clinician has checked for the rare warning signs that need medical attention; if new ones appear, you will know what to do.',
    ],
    addresses: ['fear_of_movement', 'pain_sensitisation'],
    regions: [],
    triggers: ['always', 'fear_of_movement', 'catastrophising'],
    phases: ['settle', 'restore'],
  },
  {
    id: 'flare_up_plan',
    title: 'Your flare-up plan',
    summary:
      'A flare-up is a temporary rise in pain; it is common during recovery and usually settles within a few days without any new damage. Having a plan ready lets you stay calm, look after yourself for the first two days and then restart your program at a lower dose.',
    keyPoints: [
      'First 48 hours: reduce your exercises and activities rather than stopping everything, and keep moving gently for a few minutes every hour or so.',
      'Use whatever helps you settle: heat or cold, a comfortable position, relaxed slow breathing and, if prescribed, your usual pain relief.',
      'Once the pain is back near your usual level, restart your home program at about half of your previous amount: fewer repetitions, a smaller range or a lighter load.',
      'Build back up to your previous level over one to two weeks, as long as the pain stays settled by the next morning.',
      'Log the flare-up in the app so your clinician can see it and adjust the plan, and think back to what may have triggered it.',
      'Seek medical help urgently if you notice numbness between your legs, new bladder or bowel changes, spreading weakness, or fever with your pain.',
    ],
    addresses: ['pain_sensitisation', 'fear_of_movement'],
    regions: [],
    triggers: ['always', 'flare_up', 'high_irritability'],
    phases: ['settle', 'restore'],
  },
  {
    id: 'sensitised_nervous_system',
    title: 'A nervous system turned up too high',
    summary:
      'When pain has been around for a while, the nerves and the brain can become more sensitive, a bit like a car alarm that goes off when someone walks past. The good news is that sensitivity can be turned back down with steady movement, good sleep, calm breathing and confidence.',
    keyPoints: [
      'A sensitised system can make light touch, small movements or cold feel more painful than you would expect.',
      'Stress, worry, poor sleep and long periods of inactivity can all turn the volume up; none of this means the pain is imagined.',
      'Gentle, regular movement and hands-on treatment send reassuring signals that help the system settle over weeks.',
      'Progress is rarely a straight line: expect good days and bad days while the overall trend improves.',
    ],
    addresses: ['pain_sensitisation'],
    regions: [],
    triggers: ['high_irritability', 'widespread_pain', 'catastrophising'],
  },
  {
    id: 'pacing_and_graded_activity',
    title: 'Pacing: steady beats boom and bust',
    summary:
      'Pacing means doing a planned, manageable amount of an activity on good days and bad days alike, then increasing it in small steps. It breaks the cycle of overdoing it on a good day and paying for it for the rest of the week.',
    keyPoints: [
      'Find your starting amount: how long you can walk, sit or garden today without a big rise in pain afterwards, then start a little below it.',
      'Stick to that amount on good days too, and stop while you still feel you could do a bit more.',
      'Increase by small steps, for example about ten percent or one or two extra minutes, once a level has felt comfortable for several days.',
      'Break big jobs into shorter chunks with a change of position or a short rest in between.',
      'Write your plan down or log it in the app, so progress is guided by the plan rather than by how you feel in the moment.',
    ],
    addresses: ['aerobic_deconditioning', 'endurance_deficit', 'pain_sensitisation'],
    regions: [],
    triggers: ['pacing', 'high_irritability', 'widespread_pain'],
    phases: ['settle'],
  },
  {
    id: 'sleep_and_pain',
    title: 'Sleep and pain',
    summary:
      'Poor sleep makes pain feel worse the next day, and pain can make sleep harder, so small improvements in sleep often pay off in how you feel. A regular routine and a comfortable position are the best places to start.',
    keyPoints: [
      'Go to bed and get up at roughly the same time each day, including weekends.',
      'Give yourself a wind-down half hour without work or bright screens before bed.',
      'Use pillows to support a comfortable position: between the knees when lying on your side, or under the knees when lying on your back.',
      'Keep caffeine to the morning and avoid heavy meals and alcohol close to bedtime.',
      'If you cannot sleep after about twenty minutes, get up and do something calm in dim light, then return to bed when drowsy.',
      'Log your sleep in the app; a run of poor nights is a reason to ease the training load, not to push harder.',
    ],
    addresses: ['pain_sensitisation'],
    regions: [],
    triggers: ['poor_sleep'],
  },
  {
    id: 'sitting_well',
    title: 'Sitting comfortably',
    summary:
      'There is no single perfect posture; the best sitting position is the next one. A chair set up to support you, combined with regular changes of position, makes long days at a desk far easier on your back and neck.',
    keyPoints: [
      'Sit with your feet flat on the floor or on a footrest and your hips about level with or slightly above your knees.',
      'Use the chair backrest: a small cushion or rolled towel at the curve of your lower back can make leaning back comfortable.',
      'Sit close enough to the desk that you do not need to reach forward for the keyboard and mouse.',
      'Shift, lean back, stretch or stand often; slumping for a few minutes is fine, staying still for an hour is the problem.',
    ],
    addresses: ['postural_load_intolerance'],
    regions: [],
    triggers: ['sitting_work'],
  },
  {
    id: 'screen_and_workstation_setup',
    title: 'Setting up your screen and workstation',
    summary:
      'Where your screen, keyboard and mouse sit decides how your neck, shoulders and arms spend the working day. A few minutes of setting up can take a lot of load off the neck and the top of the shoulders.',
    keyPoints: [
      'Place the top of the screen at or just below eye level, about an arm\u2019s length away, so you can look at it without tipping your head forward or back.',
      'With a laptop, raise it on a stand or a stack of books and use a separate keyboard and mouse.',
      'Keep the keyboard and mouse close, with elbows relaxed by your sides and wrists roughly level rather than bent up.',
      'Put documents on a holder next to the screen rather than flat on the desk, and hold your phone up towards eye level.',
      'If you wear varifocal glasses and tip your head back to read the screen, ask about single-vision computer glasses or lower the screen.',
    ],
    addresses: ['postural_load_intolerance'],
    regions: ['cervical', 'upper_trapezius', 'thoracic', 'shoulder', 'forearm', 'wrist'],
    triggers: ['screen_work', 'sitting_work'],
  },
  {
    id: 'sit_stand_and_movement_breaks',
    title: 'Sit, stand and move: breaking up the day',
    summary:
      'Your body copes best with variety. Alternating sitting and standing, and adding short movement breaks, keeps tissues from stiffening and stops discomfort building up over a long day.',
    keyPoints: [
      'Aim to change position at least every 30 to 45 minutes, even if only to stand up and sit down again.',
      'If you have a sit-stand desk, try a pattern such as 30 minutes sitting then 10 to 15 minutes standing, and adjust it to what feels good.',
      'Standing all day is no better than sitting all day; the goal is switching between them.',
      'Use natural breaks: stand for phone calls, walk to a colleague, fetch water, take the stairs.',
      'Add one or two exercises from your home program to a break, such as chin tucks, shoulder-blade squeezes or a few hip hinges.',
    ],
    addresses: ['postural_load_intolerance', 'endurance_deficit'],
    regions: [],
    triggers: ['sitting_work', 'screen_work'],
  },
  {
    id: 'moving_with_confidence',
    title: 'Moving with confidence again',
    summary:
      'After a painful episode it is natural to protect the sore area and avoid movements that hurt before. Over time that protection keeps the body stiff and sensitive, so your program rebuilds trust in movement step by step.',
    keyPoints: [
      'Avoidance makes sense in the first days after an injury but becomes a problem when it lasts for months.',
      'We start with versions of a feared movement that feel manageable and repeat them until they feel easy, then take the next step.',
      'Expect some discomfort while you practise; use the next-morning check to judge whether the dose was right.',
      'Notice and log the things you can now do that you avoided before; these wins matter as much as pain scores.',
    ],
    addresses: ['fear_of_movement'],
    regions: [],
    triggers: ['fear_of_movement', 'catastrophising'],
  },
  {
    id: 'self_massage_safely',
    title: 'Self-massage safely',
    summary:
      'A foam roller or massage ball can ease tight, tender muscles between sessions and help you move more freely. Used gently and briefly, it is a useful tool; more pressure is not better.',
    keyPoints: [
      'Aim for a comfortable pressure that you could describe as a good ache, no more than about 5 out of 10, and breathe slowly while you do it.',
      'Spend about one to two minutes on an area, then do the exercise your clinician paired with it so the extra freedom is used.',
      'Stay off bones, joints, the front and sides of the neck, the back of the knee and any bruised, swollen, broken or recently operated skin.',
      'If you take blood thinners, bruise easily or have osteoporosis, use very light pressure or check with your clinician first.',
      'Never roll a calf that is swollen, warm and tender; that needs a medical check first.',
      'Stop if you feel tingling, numbness, sharp pain or if the area is more sore the next day.',
    ],
    addresses: ['muscle_guarding', 'myofascial_trigger_points', 'tissue_restriction'],
    regions: [],
    triggers: ['self_massage'],
  },
  {
    id: 'hands_on_then_movement',
    title: 'Why exercise follows hands-on treatment',
    summary:
      'Hands-on treatment can calm sensitive tissues and free up stiff areas for a while, which opens a window of easier movement. Exercise straight afterwards uses that window and teaches your body to keep the gain, so the two work as a team.',
    keyPoints: [
      'The relief after manual treatment is real but usually temporary unless the new range is used.',
      'Each hands-on technique in your plan is paired with an exercise that moves through the freed-up range or uses the calmer muscle.',
      'Doing the paired exercises at home is what turns a good session into lasting change.',
      'As you improve, hands-on time shrinks and exercise takes over, because your own movement is what keeps you well.',
    ],
    addresses: ['tissue_restriction', 'joint_hypomobility', 'motor_control_deficit'],
    regions: [],
    triggers: ['always'],
    phases: ['restore'],
  },
  {
    id: 'reading_your_response',
    title: 'Reading your body\u2019s response to exercise',
    summary:
      'You can judge whether an exercise dose is right with a simple check: pain during the exercise stays at 5 out of 10 or less, and it has settled back to your usual level by the next morning. If both are true, the dose is fine and can be kept or gently increased.',
    keyPoints: [
      'During exercise: pain up to 5 out of 10 is acceptable; stop or make it easier if it goes higher.',
      'After exercise: it may ache for a while, but it should be back to your usual level by the next morning.',
      'Across the weeks: morning pain and stiffness should not creep up from one week to the next.',
      'If all three checks pass, keep going and progress as planned; if one fails, ease the dose back a step rather than stopping.',
      'Log pain during exercise and the next morning in the app so the program can adjust for you.',
    ],
    addresses: ['fear_of_movement', 'pain_sensitisation'],
    regions: [],
    triggers: ['always'],
    phases: ['restore', 'load'],
  },
  {
    id: 'lifting_and_bending',
    title: 'Lifting and bending with confidence',
    summary:
      'Your back is strong and built to bend, and there is no single correct way to lift. What protects you most is being strong, practised and prepared, so we build lifting and bending back up gradually rather than avoiding them.',
    keyPoints: [
      'Bending your back is normal and safe; a rounded back is not a damaged back.',
      'Hinging from the hips and keeping the load close to your body tends to feel easier when your back is sensitive, so it is a good option to practise.',
      'Start with light, familiar objects and build the weight and number of lifts over weeks.',
      'Breathe normally and move smoothly; holding your breath and bracing hard for a light object is not needed.',
      'For heavy or awkward items, split the load, get help or use a trolley, just as anyone would.',
    ],
    addresses: ['fear_of_movement', 'motor_control_deficit', 'strength_deficit'],
    regions: ['lumbar', 'pelvis', 'hip'],
    triggers: ['lifting', 'fear_of_movement'],
  },
  {
    id: 'overhead_work_strategies',
    title: 'Working with your arms overhead',
    summary:
      'Jobs such as painting, stocking shelves or hanging washing load the shoulder and neck because the arms are held up for long periods. Sharing the load, taking short breaks and building endurance all make overhead work easier.',
    keyPoints: [
      'Bring the work closer: use a step, ladder or extension pole so your hands work nearer to shoulder height.',
      'Work in short blocks, for example a few minutes overhead, then lower your arms and roll your shoulders for a moment.',
      'Swap hands or tasks when you can so one shoulder is not doing all the work.',
      'Let your shoulder blades move freely rather than hitching your shoulders up towards your ears.',
      'Your program builds endurance in the shoulder and upper back so that overhead work becomes easier over the weeks.',
    ],
    addresses: ['postural_load_intolerance', 'endurance_deficit', 'motor_control_deficit'],
    regions: ['shoulder', 'scapula', 'upper_trapezius', 'cervical'],
    triggers: ['overhead_work'],
  },
  {
    id: 'stress_and_breathing',
    title: 'Stress, breathing and muscle tension',
    summary:
      'Stress keeps the body on guard: muscles tighten, breathing becomes quick and shallow, and pain can feel louder. A few minutes of slow breathing each day is a simple way to switch the body towards rest.',
    keyPoints: [
      'Sit or lie comfortably, place one hand on your chest and one on your belly, and let the lower hand rise as you breathe in through your nose.',
      'Breathe out slowly, a little longer than you breathe in, for example in for four and out for six.',
      'Practise for three to five minutes once or twice a day, and also when you notice tension building.',
      'Check in with your jaw, shoulders and hands during the day and let them soften.',
      'If stress or low mood feels overwhelming, tell your clinician; support from other professionals can help your recovery.',
    ],
    addresses: ['breathing_pattern_dysfunction', 'muscle_guarding', 'pain_sensitisation'],
    regions: [],
    triggers: ['high_irritability', 'catastrophising', 'poor_sleep'],
  },
  {
    id: 'active_with_widespread_pain',
    title: 'Staying active when pain is widespread',
    summary:
      'When pain is felt in many places, regular gentle activity is one of the most helpful things you can do, even though it can feel like the last thing you want. Starting small and building slowly lets your body get used to moving again without big flare-ups.',
    keyPoints: [
      'Choose activities you enjoy and can do most days, such as walking, cycling, swimming or water exercise.',
      'Start with a short amount, even five or ten minutes, and add a minute or two each week.',
      'Mix gentle strength work and stretching with the aerobic activity.',
      'Expect some extra aching in the first weeks; it is your body adjusting, not being harmed.',
      'On harder days, do a smaller version rather than nothing, so you keep the habit going.',
    ],
    addresses: ['aerobic_deconditioning', 'pain_sensitisation', 'endurance_deficit'],
    regions: [],
    triggers: ['widespread_pain'],
  },
  {
    id: 'setting_goals',
    title: 'Setting goals that matter to you',
    summary:
      'Clear goals keep your program focused on what you want to get back to, not only on pain scores. Good goals are specific, measurable and reachable within a few weeks, and we review them together at every re-assessment.',
    keyPoints: [
      'Start from what matters: for example, sitting through a work meeting, lifting your grandchild or painting a ceiling.',
      'Make the goal specific and measurable, such as walking for 30 minutes or working at the computer for an hour with pain no higher than 2 out of 10.',
      'Set a date and break the goal into weekly steps you can tick off.',
      'Celebrate progress along the way; small wins build the confidence to reach the bigger goal.',
    ],
    addresses: ['fear_of_movement'],
    regions: [],
    triggers: ['always'],
    phases: ['load'],
  },
  {
    id: 'returning_to_activities',
    title: 'Getting back to the things you love',
    summary:
      'Returning to work, sport or hobbies is the point of your program, and it works best as a gradual process rather than a single leap. We break each activity into steps and build your capacity so you are ready for the real thing.',
    keyPoints: [
      'List the activities you want back and rank them from easiest to hardest.',
      'Start with a shorter or lighter version, for example nine holes instead of eighteen or twenty minutes of gardening instead of an afternoon.',
      'Use the next-morning check to decide when to take the next step.',
      'Keep your home exercises going while you return; they protect the capacity you have built.',
      'A setback along the way is normal: drop back a step, let it settle, and build again.',
    ],
    addresses: ['fear_of_movement', 'endurance_deficit'],
    regions: [],
    triggers: ['fear_of_movement', 'pacing'],
    phases: ['load'],
  },
  {
    id: 'heat_and_cold',
    title: 'Using heat and cold',
    summary:
      'Heat and cold are simple, safe ways to ease pain for a while so that moving feels easier. Neither fixes the problem on its own, so use them as a helper alongside your exercises.',
    keyPoints: [
      'Heat suits stiffness and muscle tension: a warm pack, hot-water bottle or warm shower for 15 to 20 minutes, often before exercise.',
      'Cold can suit a freshly flared, hot or swollen area: a wrapped ice pack for 10 to 15 minutes.',
      'Use whichever you find more soothing; personal preference is a good guide in long-standing pain.',
      'Always put a cloth between the pack and your skin, check the skin regularly, and never fall asleep on a heat pack.',
      'Avoid heat and cold on skin that has reduced feeling, poor circulation, or broken or irritated areas.',
    ],
    addresses: ['muscle_guarding', 'pain_sensitisation'],
    regions: [],
    triggers: ['flare_up', 'high_irritability'],
    phases: ['settle'],
  },
  {
    id: 'long_term_maintenance',
    title: 'Staying well for the long term',
    summary:
      'Finishing regular sessions is a milestone, not an end point. A short maintenance routine and an active lifestyle protect what you have gained and make future flare-ups smaller and shorter.',
    keyPoints: [
      'Keep a short program of your most useful exercises two or three times a week; strength work in particular fades if it stops.',
      'Aim for regular physical activity across the week, building towards about 150 minutes of moderate activity if you can.',
      'Keep your flare-up plan handy; you already know how to settle things and build back.',
      'Book a check-in if pain is creeping up for more than a couple of weeks or a new goal needs planning.',
      'Hands-on treatment can still help now and then, but your own movement is what keeps the gains.',
    ],
    addresses: ['strength_deficit', 'endurance_deficit', 'aerobic_deconditioning'],
    regions: [],
    triggers: ['always'],
    phases: ['load', 'maintain'],
  },
  {
    id: 'worry_and_pain_thoughts',
    title: 'When worry turns up the pain',
    summary:
      'Thinking the worst about pain is very common and very understandable, yet it keeps the nervous system on high alert and can make pain feel bigger and harder to cope with. Noticing those thoughts and answering them with facts helps the body settle.',
    keyPoints: [
      'Notice thoughts such as "this will never get better" or "something must be badly wrong" and name them as worry, not fact.',
      'Answer them with what you know: your assessment found no sign of serious disease, and pain levels go up and down.',
      'Focus on what you can do today, however small, rather than on what you cannot do yet.',
      'Talking with your clinician about your worries is part of treatment, and extra support from a psychologist can help if worry is strong.',
    ],
    addresses: ['pain_sensitisation', 'fear_of_movement'],
    regions: [],
    triggers: ['catastrophising'],
  },
  {
    id: 'after_hands_on_session',
    title: 'What to expect after a hands-on session',
    summary:
      'Most people feel looser and easier after manual treatment, and some feel mild soreness for a day or two, a bit like after a new workout. Both are normal, and both are a cue to keep moving.',
    keyPoints: [
      'Mild tenderness or tiredness that settles within one to two days is a common, harmless reaction.',
      'Do your paired home exercises the same day to make the most of the extra freedom of movement.',
      'Drink normally, move gently and use heat if the area feels achy.',
      'Tell your clinician at the next visit how you responded, so pressure and technique can be adjusted.',
      'Contact your clinician promptly if you notice lasting numbness, weakness, dizziness, or pain that keeps rising beyond two days.',
    ],
    addresses: ['muscle_guarding'],
    regions: [],
    triggers: ['always'],
  },
  {
    id: 'sensitive_nerves',
    title: 'When a nerve is sensitive',
    summary:
      'Nerves need to slide and stretch a little as you move; when they are irritated they can produce tingling, burning or a pulling pain down the arm or leg. Gentle nerve-gliding exercises and staying active usually help them calm down over time.',
    keyPoints: [
      'Nerve symptoms such as tingling or a pulling feeling often vary with position; that is a sign of sensitivity, not of damage getting worse.',
      'Nerve-glide exercises should feel like a gentle stretch or mild tingle that fades within a few seconds of stopping.',
      'Avoid holding positions that keep the nerve on a long stretch, such as sitting slumped with your legs straight out.',
      'See a doctor quickly if numbness spreads, if a muscle becomes weak, or if you notice changes in bladder or bowel control.',
    ],
    addresses: ['neural_sensitivity'],
    regions: [],
    triggers: ['neural_sensitivity'],
  },
  {
    id: 'falls_prevention',
    title: 'Staying steady on your feet',
    summary:
      'Falls are not an unavoidable part of getting older: regular balance and leg-strength exercise is the best-proven way to prevent them, cutting falls by about a quarter. A few other simple checks, from your shoes to your medicines, lower the risk further.',
    keyPoints: [
      'Balance improves only when it is challenged, so practise your balance exercises most days, always within reach of a kitchen counter or a sturdy chair.',
      'Strong legs catch you when you trip: keep up the standing-up, knee-bend and heel-raise exercises, and progress them as your clinician suggests.',
      'If you do fall, stay calm, check for pain, roll onto your hands and knees, crawl to a sturdy chair and use it to get up; if you cannot, keep warm and call for help.',
      'Wear well-fitting shoes with a firm heel and a thin, grippy sole, and avoid loose slippers, socks alone or walking barefoot on smooth floors.',
      'Make your home safer: remove loose rugs and clutter from walkways, add night lights on the way to the bathroom, and use grab rails and stair rails.',
      'Ask your doctor or pharmacist to review your medicines, especially those for sleep, mood, blood pressure or pain, as some can make you dizzy or unsteady.',
      'Have your eyesight checked every year or two, and take extra care on steps and kerbs when wearing varifocal glasses.',
    ],
    addresses: ['balance_deficit', 'strength_deficit', 'fear_of_movement'],
    regions: [],
    triggers: ['fall_risk'],
  },
  {
    id: 'exercise_in_pregnancy',
    title: 'Exercising safely in pregnancy',
    summary:
      'For most pregnancies, staying active is safe and good for you and your baby: it helps with back and pelvic pain, sleep, mood and blood sugar. Your program uses positions and efforts that suit pregnancy, and a few signs mean you should stop and get checked.',
    keyPoints: [
      'Aim for moderate activity on most days, at a level where you can still talk in full sentences; if you were not active before, start with short sessions and build up slowly.',
      'From about the middle of pregnancy avoid lying flat on your back for long, as the womb can press on large veins and make you feel faint; use side-lying, sitting, standing or a propped-up position instead.',
      'Avoid lying on your front, jumping or jarring movements, contact sports and efforts where you hold your breath; breathe out as you push or lift.',
      'Your joints loosen in pregnancy, so move within a comfortable range, take care with balance as the bump grows, and drink water and avoid overheating.',
      `Stop exercising and seek care the same day if you notice any of these warning signs: ${PREGNANCY_WARNING_SIGNS.join('; ')}.`,
    ],
    addresses: ['fear_of_movement'],
    regions: [],
    triggers: ['pregnancy'],
  },
  {
    id: 'osteoarthritis_exercise_first',
    title: 'Living well with osteoarthritis',
    summary:
      'Osteoarthritis is a joint that keeps repairing itself, not simply wearing out, and moving it is part of looking after it. Regular exercise that strengthens the muscles around the joint, general activity and, where it applies, losing some weight help more than anything else.',
    keyPoints: [
      'Putting load through the joint with exercise and walking is safe and feeds the cartilage and muscles; rest on its own tends to leave the joint stiffer and weaker.',
      'Strengthening the muscles around the joint is the heart of your program; give it about three months of regular practice to feel the full benefit.',
      'If you carry extra weight, losing even a little, around five to ten percent of your body weight, takes a noticeable load off hips and knees.',
      'Some aching during and after exercise is common and fine if it has settled by the next morning; change the dose rather than stopping.',
      'X-ray changes say little about how much pain you will have or what you can do, so your symptoms and function guide the plan.',
      'Pain relief, a walking stick or supportive shoes are helpers that keep you active, not a replacement for exercise.',
    ],
    addresses: ['strength_deficit', 'aerobic_deconditioning', 'joint_hypomobility', 'fear_of_movement'],
    regions: [],
    triggers: ['osteoarthritis'],
  },
  {
    id: 'patellofemoral_load',
    title: 'Managing load on the front of the knee',
    summary:
      'Pain around or behind the kneecap usually means the knee is being asked to take more load than it is used to at the moment, not that it is damaged. Easing the loads that provoke it for a while and building hip and thigh strength lets the knee cope with more again.',
    keyPoints: [
      'Stairs, squats, kneeling, hills and long sitting with bent knees load the kneecap most; do less of them or do them less often for now, rather than stopping all activity.',
      'Keep active with loads your knee tolerates, such as walking on the flat, cycling with the seat a little higher, or swimming.',
      'Strengthening the hip and thigh muscles is the best-supported treatment; the exercises should feel like work, with only mild pain that has settled by the next day.',
      'Build back up in small steps: a little more distance, depth or repetitions each week while the knee stays settled.',
      'Taping or different shoes can ease pain in the short term for some people, but the strength work is what makes the change last.',
      'Kneecap pain often takes a few months to settle fully; steady progress matters more than any single pain-free day.',
    ],
    addresses: ['strength_deficit', 'motor_control_deficit'],
    regions: ['knee'],
    triggers: ['patellofemoral_pain'],
  },
  {
    id: 'tendon_loading',
    title: 'Loading a painful tendon',
    summary:
      'Tendons grow stronger when they are loaded, so a sore tendon usually needs the right amount of load rather than rest. Your program starts with steady holds that tend to ease tendon pain and builds towards slow, heavy strengthening over about three months.',
    keyPoints: [
      'Complete rest weakens a tendon further; keep using it at a level it tolerates.',
      'Early on, holding a contraction without moving, for about 30 to 45 seconds a few times, often eases tendon pain and starts building strength.',
      'Next come slow, heavy strength exercises, about three seconds lifting and three seconds lowering, every second or third day so the tendon adapts between sessions.',
      'Pain up to 5 out of 10 during exercise is acceptable if it is back to normal by the next morning; if it is worse the next day, ease the load back a step.',
      'Tendons adapt slowly: expect about twelve weeks of steady loading, and add fast or springy work such as jumping, throwing or hard gripping only near the end.',
      'Avoid sudden big rises in activity; increase running, jumping, gripping or lifting in small steps.',
    ],
    addresses: ['strength_deficit', 'endurance_deficit'],
    regions: [],
    triggers: ['tendinopathy'],
  },
  {
    id: 'pelvic_girdle_pain_in_pregnancy',
    title: 'Pelvic girdle pain in pregnancy',
    summary:
      'Pain at the front or back of the pelvis is common in pregnancy as the body changes and its ligaments soften. It does not harm you or your baby, and staying active with a few changes to how you move usually keeps it manageable.',
    keyPoints: [
      'Keep moving within comfort: short walks spread through the day usually suit the pelvis better than one long walk.',
      'Keep your knees together when you turn in bed or get in and out of a car, and sit down to put on trousers, socks and shoes.',
      'Take stairs one step at a time, leading with the less painful leg going up and the more painful leg going down.',
      'Avoid positions that load one side of the pelvis for long, such as standing on one leg, carrying a child on one hip or sitting cross-legged.',
      'Lying on your side with a pillow between your knees and another under the bump eases the pelvis at night.',
      'Most pelvic girdle pain eases after the birth; tell your midwife or clinician if it stops you walking, and ask about a support belt or crutches.',
    ],
    addresses: ['motor_control_deficit', 'strength_deficit'],
    regions: ['pelvis', 'gluteal', 'lumbar'],
    triggers: ['pregnancy_pelvic_girdle_pain'],
  },
  {
    id: 'after_surgery',
    title: 'Recovering after your operation',
    summary:
      'The first weeks after an operation are about protecting the repair, keeping swelling down and getting moving again safely. Your program follows your surgeon\u2019s instructions and grows with healing, so steady daily practice matters more than big efforts.',
    keyPoints: [
      'Keep the wound clean and dry as you were shown; contact your surgical team if it becomes red, hot, more painful, leaks or opens, or if you feel feverish.',
      'Swelling is normal for weeks: raise the limb, use a wrapped cold pack for 10 to 15 minutes and keep moving the nearby joints to help it go down.',
      'Take your pain relief as advised, about half an hour before your exercises, so you can move well rather than grit your teeth.',
      'Seek urgent help for pain, swelling or warmth in one calf, or for breathlessness or chest pain, as these can mean a blood clot.',
      'Keep to any limits your surgeon set, such as how much weight to put through the leg or which movements to avoid, until they are lifted.',
      'Expect gradual progress over months: most people notice clear gains every few weeks, with tired days and good and bad days along the way.',
    ],
    addresses: ['joint_hypomobility', 'strength_deficit', 'tissue_restriction'],
    regions: [],
    triggers: ['recent_surgery'],
  },
];
