import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/client';

export type Skill = Schemas['SkillDto'];
export type LanguageLevel = Schemas['LanguageLevelDto'];

// Both lists are small and never change while the page is open: ask once per visit.
let skills: Promise<Skill[]> | null = null;
let levels: Promise<LanguageLevel[]> | null = null;

function useLoaded<T>(load: () => Promise<T[]>): T[] {
  const [loaded, setLoaded] = useState<T[]>([]);
  useEffect(() => {
    let current = true;
    void load().then((list) => {
      if (current) setLoaded(list);
    });
    return () => {
      current = false;
    };
  }, [load]);
  return loaded;
}

const loadSkills = () => {
  skills ??= api.GET('/api/v1/skills').then(({ data }) => data ?? []);
  return skills;
};
const loadLevels = () => {
  levels ??= api.GET('/api/v1/language-levels').then(({ data }) => data ?? []);
  return levels;
};

/** Every curated skill, to name the skill ids of a vacancy. */
export function useAllSkills(): Skill[] {
  return useLoaded(loadSkills);
}

/** The CEFR levels A1–C2, each with what a person can do at that level. */
export function useLanguageLevels(): LanguageLevel[] {
  return useLoaded(loadLevels);
}
