-- The 17 Sustainable Development Goals (issue 14: a measure says which it contributes to), numbered as the UN
-- numbers them; code SDG_nn_NAME keeps the number readable in exports.
insert into vocabulary_term (kind, code, sort_order, label_en, label_fr, label_es) values
    ('SDG', 'SDG_01_NO_POVERTY', 1, '1. No poverty', '1. Pas de pauvreté', '1. Fin de la pobreza'),
    ('SDG', 'SDG_02_ZERO_HUNGER', 2, '2. Zero hunger', '2. Faim « zéro »', '2. Hambre cero'),
    ('SDG', 'SDG_03_GOOD_HEALTH', 3, '3. Good health and well-being', '3. Bonne santé et bien-être', '3. Salud y bienestar'),
    ('SDG', 'SDG_04_QUALITY_EDUCATION', 4, '4. Quality education', '4. Éducation de qualité', '4. Educación de calidad'),
    ('SDG', 'SDG_05_GENDER_EQUALITY', 5, '5. Gender equality', '5. Égalité entre les sexes', '5. Igualdad de género'),
    ('SDG', 'SDG_06_CLEAN_WATER', 6, '6. Clean water and sanitation', '6. Eau propre et assainissement', '6. Agua limpia y saneamiento'),
    ('SDG', 'SDG_07_CLEAN_ENERGY', 7, '7. Affordable and clean energy', '7. Énergie propre et d’un coût abordable', '7. Energía asequible y no contaminante'),
    ('SDG', 'SDG_08_DECENT_WORK', 8, '8. Decent work and economic growth', '8. Travail décent et croissance économique', '8. Trabajo decente y crecimiento económico'),
    ('SDG', 'SDG_09_INDUSTRY_INNOVATION', 9, '9. Industry, innovation and infrastructure', '9. Industrie, innovation et infrastructure', '9. Industria, innovación e infraestructura'),
    ('SDG', 'SDG_10_REDUCED_INEQUALITIES', 10, '10. Reduced inequalities', '10. Inégalités réduites', '10. Reducción de las desigualdades'),
    ('SDG', 'SDG_11_SUSTAINABLE_CITIES', 11, '11. Sustainable cities and communities', '11. Villes et communautés durables', '11. Ciudades y comunidades sostenibles'),
    ('SDG', 'SDG_12_RESPONSIBLE_CONSUMPTION', 12, '12. Responsible consumption and production', '12. Consommation et production responsables', '12. Producción y consumo responsables'),
    ('SDG', 'SDG_13_CLIMATE_ACTION', 13, '13. Climate action', '13. Mesures relatives à la lutte contre les changements climatiques', '13. Acción por el clima'),
    ('SDG', 'SDG_14_LIFE_BELOW_WATER', 14, '14. Life below water', '14. Vie aquatique', '14. Vida submarina'),
    ('SDG', 'SDG_15_LIFE_ON_LAND', 15, '15. Life on land', '15. Vie terrestre', '15. Vida de ecosistemas terrestres'),
    ('SDG', 'SDG_16_PEACE_JUSTICE', 16, '16. Peace, justice and strong institutions', '16. Paix, justice et institutions efficaces', '16. Paz, justicia e instituciones sólidas'),
    ('SDG', 'SDG_17_PARTNERSHIPS', 17, '17. Partnerships for the goals', '17. Partenariats pour la réalisation des objectifs', '17. Alianzas para lograr los objetivos');
